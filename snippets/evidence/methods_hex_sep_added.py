# mode: script
# also-on: history
# hex() takes the sep and bytes_per_sep parameters (3.8).
m = memoryview(b"abc")
try:
    grouped = m.hex(sep=":", bytes_per_sep=2)
except (TypeError, AttributeError) as exc:
    raise AssertionError("hex() has no sep/bytes_per_sep: %s" % exc)
assert grouped == "61:6263", grouped
