#!/bin/sh
# make-test-certs.sh DIR — a throw-away certificate authority and a server certificate signed by it,
# for tests and demonstrations of saduak-central over TLS. Never for production: the CA's private
# key sits next to the certificates, unprotected. Never commit what it writes.
#
# Writes into DIR (created if needed):
#   ca.crt ca.key           the test CA (EC P-256, 2 days)
#   server.crt server.key   for localhost and 127.0.0.1 (subjectAltName), signed by the CA
#   server.pin              base64 SHA-256 of the server's public key (SubjectPublicKeyInfo)
# and prints the pin on stdout, alone on its line — the value for central/pinSha256.
#
#   saduak-central --tls-cert DIR/server.crt --tls-key DIR/server.key ...
#   hub settings:  central/url=https://localhost:7430/  central/caFile=DIR/ca.crt
#                  central/pinSha256=<the pin>
# Needs openssl (Debian: package openssl).
set -eu

if [ $# -ne 1 ]; then
    echo "usage: $0 DIR" >&2
    exit 2
fi
dir=$1
mkdir -p "$dir"
umask 077

openssl ecparam -name prime256v1 -genkey -noout -out "$dir/ca.key" 2>/dev/null
openssl req -x509 -new -key "$dir/ca.key" -sha256 -days 2 \
    -subj "/O=Saduak test/CN=Saduak throw-away test CA" \
    -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -out "$dir/ca.crt" 2>/dev/null

openssl ecparam -name prime256v1 -genkey -noout -out "$dir/server.key" 2>/dev/null
openssl req -new -key "$dir/server.key" -subj "/O=Saduak test/CN=localhost" \
    -out "$dir/server.csr" 2>/dev/null
cat > "$dir/server.ext" <<'EOF'
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1
EOF
openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" \
    -CAcreateserial -days 2 -sha256 -extfile "$dir/server.ext" -out "$dir/server.crt" 2>/dev/null
rm -f "$dir/server.csr" "$dir/server.ext" "$dir/ca.srl"
chmod 644 "$dir/ca.crt" "$dir/server.crt"

# The pin: SHA-256 over the DER of the certificate's SubjectPublicKeyInfo, in base64 (as HPKP).
openssl x509 -in "$dir/server.crt" -noout -pubkey \
    | openssl pkey -pubin -outform der \
    | openssl dgst -sha256 -binary \
    | openssl base64 -A > "$dir/server.pin"
echo >> "$dir/server.pin"
cat "$dir/server.pin"
