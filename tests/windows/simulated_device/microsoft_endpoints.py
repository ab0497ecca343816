#!/usr/bin/env python3
"""Microsoft's endpoints for the simulated device, on loopback only.

An HTTPS server answers as login.microsoftonline.com, enterpriseregistration.windows.net and the
others do (a JSON document for every path, an OpenID issuer naming the tenant), with a certificate
for those names from a private CA that the device trusts. An HTTP proxy in front of it takes every
CONNECT, whatever host it names, to that server: the proxy the device's WinHTTP settings point at.

    microsoft_endpoints.py CERT KEY TENANT_ID PORTS_FILE

Writes "PROXY_PORT HTTPS_PORT" to PORTS_FILE once both listen, then serves until killed.
"""
import json
import os
import socket
import ssl
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from socketserver import StreamRequestHandler, ThreadingTCPServer


class Endpoint(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        tenant = self.server.tenant_id
        body = json.dumps({
            "issuer": f"https://login.microsoftonline.com/{tenant}/v2.0",
            "DeviceRegistrationService": {
                "RegistrationEndpoint": "https://enterpriseregistration.windows.net/EnrollmentServer/device/",
            },
        }).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class Connect(StreamRequestHandler):
    """CONNECT HOST:PORT -> the HTTPS server; anything else -> 405."""

    def handle(self):
        request = self.rfile.readline(8192).decode("latin-1").split()
        while self.rfile.readline(8192) not in (b"\r\n", b"\n", b""):
            pass  # the request's headers
        if len(request) < 2 or request[0] != "CONNECT":
            self.wfile.write(b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n")
            return
        upstream = socket.create_connection(("127.0.0.1", self.server.https_port), timeout=10)
        self.wfile.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
        self.wfile.flush()

        def pipe(source, target):
            try:
                while data := source.recv(65536):
                    target.sendall(data)
            except OSError:
                pass
            finally:
                try:
                    target.shutdown(socket.SHUT_WR)
                except OSError:
                    pass

        back = threading.Thread(target=pipe, args=(upstream, self.connection), daemon=True)
        back.start()
        pipe(self.connection, upstream)
        back.join(30)
        upstream.close()


def main():
    cert, key, tenant_id, ports_file = sys.argv[1:5]
    https = ThreadingHTTPServer(("127.0.0.1", 0), Endpoint)
    https.tenant_id = tenant_id
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    https.socket = context.wrap_socket(https.socket, server_side=True)
    ThreadingTCPServer.allow_reuse_address = True
    ThreadingTCPServer.daemon_threads = True
    proxy = ThreadingTCPServer(("127.0.0.1", 0), Connect)
    proxy.https_port = https.server_address[1]
    threading.Thread(target=https.serve_forever, daemon=True).start()
    with open(ports_file + ".tmp", "w") as f:
        f.write(f"{proxy.server_address[1]} {https.server_address[1]}\n")
    os.replace(ports_file + ".tmp", ports_file)  # whole, or not there yet
    proxy.serve_forever()


if __name__ == "__main__":
    main()
