#!/bin/sh
# verify-bundle.sh — checks a govit-desk bundle (数据包) without the app, with
# OpenSSL 3 and standard tools only (unzip/zipinfo, od, tail, head, sed, tr,
# sort, cmp). It does what docs/bundle-format.md §9 describes, by hand:
#
#   1. the sender's key: SM3 of its DER SubjectPublicKeyInfo equals the
#      manifest's sender.keyId (its first 20 digits are the fingerprint read
#      out on the phone);
#   2. manifest.sig is the sender's SM2 signature of manifest.json
#      (SM3, user id 1234567812345678);
#   3. the ZIP holds exactly the manifest's entries, plus manifest.json and
#      manifest.sig, each once;
#   4. every entry's content has the manifest's size and SM3, and a deflated
#      entry's stored bytes (taken from the ZIP at the local header's offset)
#      have the manifest's packed.size and packed.sm3.
#
# Usage: sh docs/verify-bundle.sh [--key PRIVATE_KEY.pem] BUNDLE.gvbundle SENDER.pub.pem
#   --key: the recipient's private key (PEM, passphrase in GOVIT_PASSPHRASE):
#   after the checks, an encrypted bundle's entries are decrypted into BUNDLE.解密/
# Exit status: 0 verified, 1 verification failed, 2 usage or a missing tool.
# The app checks more (ZIP layout byte for byte, trust, sequence, expiry,
# payload schema); this script is the independent check of what is signed.
set -eu

DISTID='distid:1234567812345678'
key=''
if [ "${1:-}" = '--key' ]; then
  key=${2:-}
  shift 2 || true
fi
if [ $# -ne 2 ]; then
  echo '用法：sh verify-bundle.sh [--key 私钥.pem] 数据包.gvbundle 发送方公钥.pem' >&2
  exit 2
fi
bundle=$1
pub=$2
for tool in openssl unzip zipinfo od tail head sed tr sort cmp diff awk; do
  command -v "$tool" >/dev/null 2>&1 || { echo "缺少工具：$tool" >&2; exit 2; }
done
[ -r "$bundle" ] || { echo "无法读取数据包：$bundle" >&2; exit 2; }
[ -r "$pub" ] || { echo "无法读取公钥文件：$pub" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
failed=0
fail() { echo "不通过：$*"; failed=1; }
ok() { echo "通过：$*"; }
sm3() { openssl dgst -sm3 -r | cut -c1-64; }

unzip -p "$bundle" manifest.json >"$work/manifest.json" 2>/dev/null || true
unzip -p "$bundle" manifest.sig >"$work/manifest.sig" 2>/dev/null || true
if [ ! -s "$work/manifest.json" ] || [ ! -s "$work/manifest.sig" ]; then
  echo '不通过：数据包中没有 manifest.json 或 manifest.sig（不是数据包，或文件不完整）'
  exit 1
fi

# The manifest without white space (no entry name, digest or number holds any), to read a few fields.
flat=$(tr -d ' \n\r\t' <"$work/manifest.json")
count() { printf '%s' "$flat" | grep -o "\"$1\":" | wc -l | tr -d ' '; }
for field in keyId entries; do
  [ "$(count "$field")" = 1 ] || { echo "不通过：manifest.json 中的 \"$field\" 应恰好出现一次"; exit 1; }
done

# 1. The key: SM3(DER SubjectPublicKeyInfo) = sender.keyId.
key_id=$(printf '%s' "$flat" | sed -n 's/.*"keyId":"\([0-9a-f]\{64\}\)".*/\1/p')
actual_id=$(openssl pkey -pubin -in "$pub" -outform DER 2>/dev/null | sm3) || actual_id=''
if [ -n "$key_id" ] && [ "$key_id" = "$actual_id" ]; then
  ok "公钥与清单的 sender.keyId 一致（指纹 $(printf '%s' "$key_id" | cut -c1-20 | tr 'a-f' 'A-F' | sed 's/..../& /g;s/ $//')）"
else
  fail "公钥的 SM3（${actual_id:-无法读取公钥}）与清单的 sender.keyId（${key_id:-缺失}）不一致：不是这个公钥签的，或公钥文件不对"
fi

# 2. The signature over manifest.json's exact bytes.
if openssl dgst -sm3 -verify "$pub" -sigopt "$DISTID" -signature "$work/manifest.sig" "$work/manifest.json" >/dev/null 2>&1; then
  ok 'manifest.sig 是发送方对 manifest.json 的 SM2 签名'
else
  fail 'manifest.json 的签名验证失败（清单被改动，或不是该公钥签署）'
fi

# The manifest's entries, one a line: name size sm3 packed-size packed-sm3 ("-" when stored).
entries=${flat#*\"entries\":[}
entries=${entries%%]*}
{ printf '%s' "$entries"; echo; } | sed 's/},{"/}|{"/g' | tr '|' '\n' | while IFS= read -r entry; do
  packed=$(printf '%s' "$entry" | sed -n 's/.*"packed":{\([^}]*\)}.*/\1/p')
  rest=$(printf '%s' "$entry" | sed 's/"packed":{[^}]*}//')
  field() { printf '%s' "$1" | sed -n "s/.*\"$2\":\"\{0,1\}\([^\",}]*\)\"\{0,1\}.*/\1/p"; }
  echo "$(field "$rest" name) $(field "$rest" size) $(field "$rest" sm3) $(field "$packed" size | grep . || echo -) $(field "$packed" sm3 | grep . || echo -) $(field "$rest" iv | grep . || echo -)"
done >"$work/entries.txt"

# 3. The ZIP's entry list = the manifest's entries + manifest.json + manifest.sig (each once).
{ cut -d' ' -f1 "$work/entries.txt"; echo manifest.json; echo manifest.sig; } | sort >"$work/listed.txt"
zipinfo -1 "$bundle" 2>/dev/null | sort >"$work/zipped.txt" || true
if cmp -s "$work/listed.txt" "$work/zipped.txt"; then
  ok "ZIP 中的条目与清单一致（$(wc -l <"$work/entries.txt" | tr -d ' ') 个内容条目）"
else
  fail 'ZIP 中的条目与清单不一致（多出、缺少或重复）：'
  diff "$work/listed.txt" "$work/zipped.txt" | sed -n 's/^</  清单有、ZIP 没有：/p;s/^>/  ZIP 有、清单没有（或重复）：/p' || true
fi

# Where each entry's stored bytes start: its local header's offset (from the central directory) + 30 + name and extra lengths (from the local header).
zipinfo -v "$bundle" 2>/dev/null | sed -n 's/^Central directory entry #[0-9]*:$/@/p;s/^  offset of local header from start of archive: *\([0-9]*\).*/\1/p' >"$work/offsets.raw" || true
zipinfo -1 "$bundle" 2>/dev/null >"$work/names.raw" || true
u16() { od -An -tu1 -j "$2" -N2 "$1" | awk '{ print $1 + 256 * $2 }'; }
data_offset() {
  at=$(awk -v want="$1" 'NR == FNR { name[NR] = $0; next } /^@$/ { n++; next } name[n] == want { print; exit }' "$work/names.raw" "$work/offsets.raw")
  [ -n "$at" ] || return 1
  echo $((at + 30 + $(u16 "$bundle" $((at + 26))) + $(u16 "$bundle" $((at + 28)))))
}

# 4. Every entry's content, and a deflated entry's stored bytes, against the manifest.
while read -r name size digest packed_size packed_digest _iv; do
  content=$(unzip -p "$bundle" "$name" 2>/dev/null | tee "$work/entry" | sm3)
  length=$(wc -c <"$work/entry" | tr -d ' ')
  if [ "$content" = "$digest" ] && [ "$length" = "$size" ]; then ok "$name：SM3 与大小一致"; else fail "$name：内容的 SM3 或大小与清单不符（内容被改动）"; fi
  if [ "$packed_size" != - ]; then
    if start=$(data_offset "$name"); then
      stored=$(tail -c +$((start + 1)) "$bundle" | head -c "$packed_size" | sm3)
      if [ "$stored" = "$packed_digest" ]; then ok "$name：压缩数据的 SM3 一致（packed.sm3）"; else fail "$name：压缩数据与清单的 packed.sm3 不符"; fi
    else
      fail "$name：在 ZIP 目录中找不到它的位置"
    fi
  fi
done <"$work/entries.txt"

# ---- Decryption (--key) -------------------------------------------------------
# An encrypted bundle (docs/bundle-format.md §10) verifies without the key: the
# manifest signs what is stored. With the recipient's private key (the PEM that
# `keys export-private` writes; its passphrase from GOVIT_PASSPHRASE, or asked by
# OpenSSL), the SM4 key is unwrapped (SM2, GM/T 0009) and every entry decrypted
# with SM4-CTR into a new folder beside the bundle. Only after every check passed.
if [ -n "$key" ]; then
  [ "$failed" -eq 0 ] || { echo '结论：验证不通过，未解密。'; exit 1; }
  wrapped=$(printf '%s' "$flat" | sed -n 's/.*"wrappedKey":"\([0-9a-f]*\)".*/\1/p')
  [ -n "$wrapped" ] || { echo '说明：这个数据包没有加密（清单中没有 encryption），不需要 --key。' >&2; exit 2; }
  [ -r "$key" ] || { echo "无法读取私钥文件：$key" >&2; exit 2; }
  out="${bundle%.gvbundle}.解密"
  [ ! -e "$out" ] || { echo "解密目录已存在：$out（不覆盖，请先移走）" >&2; exit 2; }
  # Hex to bytes with awk and printf's octal escapes (xxd is not everywhere).
  unhex() { printf "$(printf '%s' "$1" | awk '{ for (i = 1; i <= length($0); i += 2) printf "\\%03o", (index("0123456789abcdef", substr($0, i, 1)) - 1) * 16 + index("0123456789abcdef", substr($0, i + 1, 1)) - 1 }')"; }
  unhex "$wrapped" >"$work/key.sm2"
  if [ -n "${GOVIT_PASSPHRASE:-}" ]; then passin='env:GOVIT_PASSPHRASE'; else passin=''; fi
  if ! openssl pkeyutl -decrypt -inkey "$key" ${passin:+-passin "$passin"} -in "$work/key.sm2" -out "$work/key.bin" 2>"$work/pkeyutl.err" || [ "$(wc -c <"$work/key.bin" | tr -d ' ')" != 16 ]; then
    echo '不通过：无法用这个私钥解开内容密钥（口令不对，或数据包不是加密给这个私钥的）。'
    exit 1
  fi
  sm4key=$(od -An -tx1 "$work/key.bin" | tr -d ' \n')
  mkdir -p "$out"
  while read -r name size digest packed_size packed_digest iv; do
    [ "$iv" != - ] || { echo "不通过：$name 没有 iv（加密数据包的每个条目都应有）"; exit 1; }
    mkdir -p "$out/$(dirname "$name")"
    unzip -p "$bundle" "$name" | openssl enc -d -sm4-ctr -K "$sm4key" -iv "$iv" -out "$out/$name"
    ok "$name：已解密（$(wc -c <"$out/$name" | tr -d ' ') 字节）"
  done <"$work/entries.txt"
  echo "已解密到：$out"
fi
# -------------------------------------------------------------------------------

if [ "$failed" -ne 0 ]; then
  echo '结论：验证不通过。'
  exit 1
fi
echo '结论：验证通过。'
