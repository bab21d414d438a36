"""
LibreOffice anchor of the benchmark (started by bench/main.ts; Python because
LibreOffice's UNO bridge, python3-uno, is Python).

    python3 bench/libreoffice.py <werkmap.xlsx> <profielmap> <runs>

Starts a headless soffice with its own temporary profile (set up by main.ts
to recalculate on load), loads the workbook (SUMIFS formulas without cached
values) 1 + `runs` times, timing each load after the first (open = read the
file + calculate every formula), then times calculateAll() (a full
recalculation, nothing read) `runs` times, and reads sheet "Tabel1" back as
doubles (getValue: full precision, unlike a CSV export). Prints one line
`RESULTAAT {json}`. No network: the pipe is local.
"""
import json
import os
import resource
import subprocess
import sys
import time
import uuid

import uno  # noqa: F401  (sets up the bridge)
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def eigenschap(naam, waarde):
    p = PropertyValue()
    p.Name = naam
    p.Value = waarde
    return p


def main():
    werkmap, profiel, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    resultaat = {}
    pijp = "bench" + uuid.uuid4().hex
    proces = subprocess.Popen(
        [
            "soffice",
            "-env:UserInstallation=" + uno.systemPathToFileUrl(profiel),
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            "--accept=pipe,name=%s;urp;" % pijp,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        lokaal = uno.getComponentContext()
        resolver = lokaal.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", lokaal)
        context = None
        for _ in range(600):
            try:
                context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pijp)
                break
            except NoConnectException:
                time.sleep(0.1)
        if context is None:
            raise RuntimeError("soffice antwoordt niet")
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        url = uno.systemPathToFileUrl(os.path.abspath(werkmap))
        laden = []
        # The first load warms soffice up (libraries, caches) and is not reported.
        for _ in range(1 + runs):
            t0 = time.perf_counter()
            doc = desktop.loadComponentFromURL(url, "_blank", 0, (eigenschap("Hidden", True),))
            laden.append((time.perf_counter() - t0) * 1000)
            if len(laden) <= runs:
                doc.close(True)
        tijden = []
        for _ in range(runs):
            t0 = time.perf_counter()
            doc.calculateAll()
            tijden.append((time.perf_counter() - t0) * 1000)
        blad = doc.Sheets.getByName("Tabel1")
        rijen = []
        r = 1
        while blad.getCellByPosition(0, r).getString():
            rijen.append([blad.getCellByPosition(0, r).getString()] + [blad.getCellByPosition(k, r).getValue() for k in range(1, 5)])
            r += 1
        fouten = sum(1 for i in range(1, r) for k in range(1, 7) if blad.getCellByPosition(k, i).getError())
        doc.close(True)
        resultaat = {"ladenMs": laden[1:], "herberekenenMs": tijden, "rijen": rijen, "fouten": fouten}
        try:
            desktop.terminate()
        except Exception:  # the bridge goes away while terminating
            pass
    finally:
        try:
            proces.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proces.kill()
            proces.wait()
    # Peak resident set of soffice (the largest of the waited-for children), kilobytes.
    resultaat["piekKB"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print("RESULTAAT " + json.dumps(resultaat))


if __name__ == "__main__":
    main()
