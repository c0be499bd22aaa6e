# PYTHONSTARTUP of a fresh `python -i` that runner.run_fresh compares the
# engine with: the engine's prompts, binding no name in __main__ and
# importing nothing.
__import__("sys").ps1 = "\x02>>> "
__import__("sys").ps2 = "\x02... "
