# mode: script
# An mmap is hashable (by identity) and mutable: a read-only view of one can
# be hashed, and its bytes can change afterwards while the stored hash stays.
import mmap

mm = mmap.mmap(-1, 4)
view = memoryview(mm).toreadonly()
stored = hash(view)
assert stored == hash(bytes(4))
mm[0] = 1
assert view.tobytes() == b"\x01\x00\x00\x00"
assert hash(view) == stored != hash(view.tobytes())
view.release()
mm.close()
