#!/usr/bin/env python3
"""Marks symbol-version needs of an ELF64 little-endian file as weak (VER_FLG_WEAK in .gnu.version_r).

Usage: elf_weak_version.py FILE VERSION [VERSION ...]

The dynamic loader refuses to load a library whose needed version (say GLIBCXX_3.4.32) the system lacks, even
when no symbol binds to it any more; a weak need is only checked if present. patchelf cannot set this flag, so
this does, in place. Exits 1 if none of the names was found. Used by patch-torchsharp.sh (see its header).
"""
import struct
import sys

SHT_GNU_VERNEED = 0x6FFFFFFE
VER_FLG_WEAK = 0x2


def main(path, names):
    wanted = {n.encode() for n in names}
    data = bytearray(open(path, "rb").read())
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        sys.exit(f"{path}: not a 64-bit little-endian ELF file")
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    marked = []
    for sec in sections:
        if sec[1] != SHT_GNU_VERNEED:
            continue
        strings = sections[sec[6]][4]  # sh_link -> the string table's file offset
        need = sec[4]
        while True:
            _, count, _, aux, following = struct.unpack_from("<HHIII", data, need)
            entry = need + aux
            for _ in range(count):
                _, flags, _, name, step = struct.unpack_from("<IHHII", data, entry)
                text = bytes(data[strings + name:data.index(0, strings + name)])
                if text in wanted:
                    struct.pack_into("<H", data, entry + 4, flags | VER_FLG_WEAK)
                    marked.append(text.decode())
                if not step:
                    break
                entry += step
            if not following:
                break
            need += following
    if not marked:
        sys.exit(f"{path}: none of {', '.join(names)} is a version need")
    open(path, "wb").write(data)
    print("weak: " + ", ".join(marked))


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
