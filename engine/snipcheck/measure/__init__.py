"""The measurement wing: snippets in ``# mode: measure`` time something and
print a table of numbers, which changes on every run.  They are judged by
the claims they state, not by equality with a recording.

- ``table``: the printed table and the claims made about it;
- ``run``: running measure snippets and judging them by their claims;
- ``store``: their recordings (``<name>.measured.json``);
- ``plot``: the plots drawn from those recordings (needs matplotlib).

The wing uses the core (snippets, runner, verify); the core knows nothing
of it.
"""
