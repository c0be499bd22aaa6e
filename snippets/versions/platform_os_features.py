import socket, subprocess, sys, threading
sizes = []
worker = threading.Thread(target=sizes.append, args=[memoryview(b'abc').nbytes])
worker.start()
worker.join()
sizes
subprocess.run([sys.executable, '-c', 'pass']).returncode
hasattr(socket, 'AF_UNIX')
for sock in socket.socketpair():
    sock.close()

