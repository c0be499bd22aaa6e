try:
    from collections.abc import Buffer
except ImportError:
    Buffer = None

Buffer is None
