from snipcheck.transcript import assemble

P1, P2 = "\x02>>> ", "\x02... "


def test_typed_lines_follow_their_prompts():
    raw = f"{P1}{P1}3\n{P1}\n"
    assert assemble(raw, ["x = 3", "x"]) == ">>> x = 3\n>>> x\n3\n"


def test_block_output_follows_the_closing_blank_line():
    raw = f"{P1}{P2}{P2}a\nb\n{P1}\n"
    typed = ["for c in 'ab':", "    print(c)", ""]
    assert assemble(raw, typed) == ">>> for c in 'ab':\n...     print(c)\n...\na\nb\n"


def test_output_without_newline_stays_on_the_prompt_line():
    raw = f"{P1}x{P1}\n"
    assert assemble(raw, ["print('x', end='')"]) == ">>> print('x', end='')\nx"


def test_output_after_end_of_input_is_kept():
    raw = f"{P1}{P1}\nbye\n"
    assert assemble(raw, ["import atexit"]) == ">>> import atexit\nbye\n"


def test_session_that_stops_early_shows_only_what_was_read():
    raw = f"{P1}"
    assert assemble(raw, ["raise SystemExit", "never typed"]) == ">>> raise SystemExit\n"
