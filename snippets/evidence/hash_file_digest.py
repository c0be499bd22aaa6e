# mode: script
# hashlib.file_digest() exists and hashes a binary file object in chunks,
# giving the same digest as hashing all its bytes at once.
import hashlib
import io

data = bytes(range(256)) * 1000
assert hasattr(hashlib, "file_digest"), "hashlib has no file_digest()"
digest = hashlib.file_digest(io.BytesIO(data), "sha256")
assert digest.hexdigest() == hashlib.sha256(data).hexdigest()
