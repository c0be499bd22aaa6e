"""Inline code naming a standard-library object links to CPython's docs.

Pages write ``bytes`` or ``struct.unpack_from()`` as inline code, which MyST
renders as a literal, not a link.  This transform turns such a literal into a
cross-reference, resolved by intersphinx against the inventory committed to
the repository (see ``intersphinx_mapping`` in conf.py): the build makes no
network request.

Only the names in ``STDLIB_NAMES`` are linked, and only where the literal is
exactly the name (for a function or method, also the name followed by
``()``): ``bytes`` links, ``bytes(m)`` and ``b'bytes'`` do not.  Literals in
titles, in links already and in code blocks are left alone.  Names that the
committed inventory lacks (say, a function new in 3.14) must not be listed:
the build runs with ``-n`` and would warn.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.transforms import SphinxTransform

# name -> the Python domain role that names it.
STDLIB_NAMES: dict[str, str] = {
    # modules
    "array": "mod",
    "binascii": "mod",
    "ctypes": "mod",
    "hashlib": "mod",
    "mmap": "mod",
    "socket": "mod",
    "struct": "mod",
    "zlib": "mod",
    # classes
    "array.array": "class",
    "bytearray": "class",
    "bytes": "class",
    "collections.abc.Buffer": "class",
    "collections.abc.Sequence": "class",
    "ctypes.Structure": "class",
    "inspect.BufferFlags": "class",
    "io.BytesIO": "class",
    "io.FileIO": "class",
    "mmap.mmap": "class",
    "pickle.PickleBuffer": "class",
    "struct.Struct": "class",
    # functions
    "binascii.hexlify": "func",
    "ctypes.addressof": "func",
    "ctypes.string_at": "func",
    "hashlib.file_digest": "func",
    "os.readv": "func",
    "os.write": "func",
    "socket.socketpair": "func",
    "struct.calcsize": "func",
    "struct.iter_unpack": "func",
    "struct.pack": "func",
    "struct.pack_into": "func",
    "struct.unpack": "func",
    "struct.unpack_from": "func",
    "sys.getsizeof": "func",
    "zlib.decompress": "func",
    # methods
    "io.BytesIO.getbuffer": "meth",
    "pickle.PickleBuffer.raw": "meth",
    # data and exceptions
    "pickle.DEFAULT_PROTOCOL": "data",
    "sys.byteorder": "data",
    "sys.maxsize": "data",
    "struct.error": "exc",
}
CALLABLE_ROLES = {"func", "meth"}


def target_of(text: str) -> tuple[str, str] | None:
    """(role, name) for a literal's text, or None when it is not linked."""
    role = STDLIB_NAMES.get(text)
    if role:
        return role, text
    if text.endswith("()"):
        role = STDLIB_NAMES.get(text[:-2])
        if role in CALLABLE_ROLES:
            return role, text[:-2]
    return None


# Where a literal is never turned into a link.
SKIP_INSIDE = (
    nodes.reference,
    addnodes.pending_xref,
    nodes.title,
    nodes.literal_block,
    nodes.raw,
    addnodes.desc_signature,
    nodes.term,
)


def inside(node: nodes.Node, kinds: tuple[type, ...]) -> bool:
    parent = node.parent
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parent
    return False


class LinkStdlibLiterals(SphinxTransform):
    """Wraps exact-name literals in a pending cross-reference (Python domain)."""

    # After MyST has built the doctree; the references are resolved at write time.
    default_priority = 830

    def apply(self, **kwargs: Any) -> None:
        for literal in list(self.document.findall(nodes.literal)):
            if len(literal.children) != 1 or not isinstance(literal[0], nodes.Text):
                continue
            found = target_of(literal.astext())
            if found is None or inside(literal, SKIP_INSIDE):
                continue
            role, name = found
            classes = ["xref", "py", f"py-{role}"]
            xref = addnodes.pending_xref(
                "",
                refdomain="py",
                reftype=role,
                reftarget=name,
                refexplicit=True,
                refwarn=True,
                refdoc=self.env.docname,
            )
            xref["py:module"] = None
            xref["py:class"] = None
            new_literal = nodes.literal(literal.astext(), literal.astext(), classes=classes)
            xref += new_literal
            literal.replace_self(xref)


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_transform(LinkStdlibLiterals)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
