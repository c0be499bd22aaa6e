# mode: script
# release() reports how many buffers taken from the view are still held:
# one more for each consumer alive, one fewer when one is released.
import pickle

view = memoryview(bytearray(4))
consumers = [pickle.PickleBuffer(view) for _ in range(3)]


def refusal():
    try:
        view.release()
    except BufferError as exc:
        return str(exc)
    return None


assert refusal() == "memoryview has 3 exported buffers", refusal()
consumers.pop().release()
assert refusal() == "memoryview has 2 exported buffers", refusal()
consumers.pop().release()
assert refusal() == "memoryview has 1 exported buffer", refusal()
consumers.pop().release()
assert refusal() is None
