# mode: script
# A Cyrillic letter that looks like 'B' as the format of cast() raises
# UnicodeEncodeError, naming that character.
try:
    memoryview(b'ab').cast('\u0412')
except UnicodeEncodeError as exc:
    assert exc.object[exc.start] == '\u0412' and "'\\u0412'" in str(exc), exc
else:
    raise AssertionError("cast() took a Cyrillic letter")
