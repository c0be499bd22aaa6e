from snipcheck.masking import ELLIPSIS, mask


def test_addresses_in_reprs_are_masked_visibly():
    assert mask("<memory at 0x7f5c2a1b3e80>") == f"<memory at 0x{ELLIPSIS}>"


def test_hex_numbers_that_are_values_are_kept():
    assert mask("0x7f is 127") == "0x7f is 127"


def test_the_working_directory_is_masked():
    text = 'File "/tmp/snipcheck-abc/work/step.py", line 3'
    assert mask(text, "/tmp/snipcheck-abc/work") == f'File "{ELLIPSIS}/step.py", line 3'


def test_configured_masks_apply_after_the_built_in_ones():
    assert mask("took 0.123 s", extra=[(r"\d+\.\d+ s", "… s")]) == "took … s"


def test_installation_folders_are_masked_longest_first():
    text = 'File "/opt/py/3.12/lib/python3.12/base64.py", line 58'
    masked = mask(text, prefixes=["/opt/py", "/opt/py/3.12"])
    assert masked == f'File "{ELLIPSIS}/lib/python3.12/base64.py", line 58'
