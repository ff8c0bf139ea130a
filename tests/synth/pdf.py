"""A minimal image-only PDF writer: one JPEG per page, no text layer, no dates, no IDs.

Written by hand (not PIL's PDF plugin) so that output is byte-identical for identical input.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image


def jpeg_bytes(img: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=True, dpi=(72, 72))
    return buf.getvalue()


def write_pdf(path: Path, pages: list[tuple[Image.Image, int]], dpi: int) -> None:
    """pages: (image, jpeg quality). Page size in points = pixels / dpi * 72."""
    objs: list[bytes] = []
    n = len(pages)
    kids = " ".join(f"{3 + 3 * i} 0 R" for i in range(n))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode())
    for i, (img, q) in enumerate(pages):
        content_id, image_id = 4 + 3 * i, 5 + 3 * i
        w_pt, h_pt = img.width * 72.0 / dpi, img.height * 72.0 / dpi
        objs.append((f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w_pt:.2f} {h_pt:.2f}] "
                     f"/Resources << /XObject << /Im0 {image_id} 0 R >> >> "
                     f"/Contents {content_id} 0 R >>").encode())
        stream = f"q {w_pt:.2f} 0 0 {h_pt:.2f} 0 0 cm /Im0 Do Q".encode()
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        data = jpeg_bytes(img, q)
        cs = "/DeviceGray" if img.mode == "L" else "/DeviceRGB"
        head = (f"<< /Type /XObject /Subtype /Image /Width {img.width} /Height {img.height} /ColorSpace {cs} "
                f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(data)} >>\nstream\n").encode()
        objs.append(head + data + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for k, body in enumerate(objs, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % k + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    path.write_bytes(out.getvalue())
