import collections.abc, typing
'ByteString' in collections.abc.__all__
'ByteString' in typing.__all__
