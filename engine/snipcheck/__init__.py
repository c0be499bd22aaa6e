"""snipcheck: run documentation snippets on real interpreters, record what
they print, and verify the recordings (content-agnostic)."""

__version__ = "0.1.0"
