/**
 * FAKE EXCEL HOST for tests: defines window.Office, window.Excel, window.OfficeExtension
 * and window.CustomFunctions backed by an in-memory workbook, so the built task pane
 * (dist/taskpane.html) runs in a plain browser without Office and without network.
 * The browser test serves this file in place of the office.js CDN URL.
 *
 * It copies the parts of Office's request model that matter for correctness:
 * - proxy objects: methods and property sets are QUEUED; nothing happens until
 *   `context.sync()`; loaded properties can be read only after that sync
 *   (reading an unloaded one throws PropertyNotLoaded, like office.js);
 * - a batch is not a transaction: operations run in order and the first failure
 *   stops the batch with earlier operations already applied (so a failed write
 *   can leave a half-written sheet behind — the add-in must clean up);
 * - request and response payload limits (5 MB, like Excel on the web) give
 *   RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded;
 * - it counts syncs (requests), operations and request/response bytes (JSON size).
 *
 * Test hooks on window.__nepExcel (also the return value when required from node):
 *   laadBlad(naam, rijen[][], {verborgen:[1-based rows], gefilterd:[...]})   add a sheet with values at A1
 *   laadTabel(blad, naam, adres)       define a table over an existing range ("A1:D10", header in first row)
 *   zetSelectie(blad, adres)           the current selection
 *   selecties() → [{blad, adres}]       every selection the add-in made (Range.select, RangeAreas.select), in order;
 *                                      a multi-area one as "A2:D2, A7:D9" (Worksheet.getRanges, ExcelApi 1.9;
 *                                      RangeAreas.select, ExcelApi 1.18: an older host says ApiNotFound)
 *   zetThema({isDarkTheme, bodyBackgroundColor, ...})
 *   faalBijVerzoek(n, {naOperaties})   make request n (1-based, counting from now) fail after k operations
 *   zetLimiet(bytes)                   payload limit (default 5 MB)
 *   zetVertraging(ms)                  delay per request (default 0), to watch progress or cancel
 *   zetExcelApi(versie)                highest ExcelApi set the host supports (default "1.17"); an older one
 *                                      refuses pageLayout (1.9) with ApiNotFound, as Excel 2016 would
 *   bladnamen(), blad(naam) → {waarden, formaten, vet, opmaak, kolombreedtes, rijhoogtes, verborgen, tabellen,
 *                              grafieken, notities: {cel: tekst}, afdruk: {orientation, paperSize, zoom, printArea} | null}
 *   instellingen() → {opgeslagen: the document settings as saved by settings.saveAsync, herberekeningen}
 *   snapshot() → JSON string of the whole workbook (to prove nothing changed)
 *   statistiek() → {syncs, operaties, verzoekBytes, antwoordBytes, maxVerzoekBytes, maxAntwoordBytes, runs}
 *   resetStatistiek()
 * Plain JS on purpose: it is loaded as-is by the browser, not bundled.
 */
(function (global) {
  "use strict";

  const MAX_RIJEN = 1048576;
  const MAX_KOLOMMEN = 16384;

  // ---------- A1 addresses ----------
  function kolomLetters(c) {
    let s = "";
    let n = c + 1;
    while (n > 0) {
      const m = (n - 1) % 26;
      s = String.fromCharCode(65 + m) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  }
  function kolomIndex(letters) {
    let n = 0;
    for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
    return n - 1;
  }
  function citeerBlad(naam) {
    return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(naam) ? naam : "'" + naam.replace(/'/g, "''") + "'";
  }
  function celAdres(r, c) {
    return kolomLetters(c) + (r + 1);
  }
  function bereikAdres(b) {
    const links = celAdres(b.r, b.c);
    const rechts = celAdres(b.r + b.rc - 1, b.c + b.cc - 1);
    return links === rechts ? links : links + ":" + rechts;
  }
  /** "A1", "A1:C3", "A:C", "3:5", optionally with "Blad!" in front. */
  function leesAdres(adres) {
    let blad = null;
    let rest = String(adres).trim();
    const uitroep = rest.lastIndexOf("!");
    if (uitroep >= 0) {
      blad = rest.slice(0, uitroep);
      if (blad.startsWith("'")) blad = blad.slice(1, -1).replace(/''/g, "'");
      rest = rest.slice(uitroep + 1);
    }
    const delen = rest.replace(/\$/g, "").toUpperCase().split(":");
    const punt = (p) => {
      let m = /^([A-Z]+)(\d+)$/.exec(p);
      if (m) return { r: Number(m[2]) - 1, c: kolomIndex(m[1]) };
      m = /^([A-Z]+)$/.exec(p);
      if (m) return { r: null, c: kolomIndex(m[1]) };
      m = /^(\d+)$/.exec(p);
      if (m) return { r: Number(m[1]) - 1, c: null };
      throw officeFout("InvalidArgument", "Ongeldig adres: " + adres);
    };
    const a = punt(delen[0]);
    const b = delen.length > 1 ? punt(delen[1]) : a;
    const r1 = a.r === null ? 0 : Math.min(a.r, b.r);
    const r2 = a.r === null ? MAX_RIJEN - 1 : Math.max(a.r, b.r);
    const c1 = a.c === null ? 0 : Math.min(a.c, b.c);
    const c2 = a.c === null ? MAX_KOLOMMEN - 1 : Math.max(a.c, b.c);
    return { blad, r: r1, c: c1, rc: r2 - r1 + 1, cc: c2 - c1 + 1 };
  }

  function officeFout(code, bericht) {
    const fout = new Error(bericht || code);
    fout.name = "RichApi.Error";
    fout.code = code;
    fout.debugInfo = { code, message: bericht || code };
    return fout;
  }

  // ---------- the in-memory workbook ----------
  let volgnummer = 0;
  let herberekeningen = 0;
  const werkmap = { bladen: [], tabellen: [], selectie: null, actief: null, selecties: [] };
  const thema = {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#000000",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#000000",
    isDarkTheme: false,
  };
  const stat = {};
  function resetStatistiek() {
    Object.assign(stat, {
      runs: 0,
      syncs: 0,
      operaties: 0,
      verzoekBytes: 0,
      antwoordBytes: 0,
      maxVerzoekBytes: 0,
      maxAntwoordBytes: 0,
      geweigerd: 0,
      verzoeken: [],
    });
  }
  resetStatistiek();
  let limiet = 5 * 1024 * 1024;
  let vertraging = 0; // ms per request, to make long reads observable (progress, cancel)
  let storing = null; // { verzoek: n, naOperaties: k }
  let verzoekTeller = 0;
  const STANDAARD_EXCELAPI = "1.17";
  let excelApi = STANDAARD_EXCELAPI;
  /** "1.9" ≤ "1.17": requirement set versions compare per number. */
  function versieHoogstens(versie, max) {
    const [a1, a2 = 0] = String(versie).split(".").map(Number);
    const [b1, b2 = 0] = String(max).split(".").map(Number);
    return a1 < b1 || (a1 === b1 && a2 <= b2);
  }

  function nieuwBlad(naam) {
    return {
      id: "{blad-" + ++volgnummer + "}",
      naam,
      cellen: [],
      verborgen: new Set(),
      gefilterd: new Set(),
      kolombreedtes: {},
      rijhoogtes: {},
      grafieken: [],
      zichtbaar: "Visible",
      afdruk: null,
    };
  }
  function zoekBlad(naamOfId) {
    const sleutel = String(naamOfId).toLowerCase();
    return werkmap.bladen.find((b) => b.naam.toLowerCase() === sleutel || b.id === naamOfId) || null;
  }
  function cel(blad, r, c, maak) {
    let rij = blad.cellen[r];
    if (!rij) {
      if (!maak) return null;
      rij = blad.cellen[r] = [];
    }
    let x = rij[c];
    if (!x && maak) x = rij[c] = { v: "", nf: "General", b: false };
    return x || null;
  }
  function waardeType(v) {
    if (v === "" || v === null || v === undefined) return "Empty";
    if (typeof v === "number") return "Double";
    if (typeof v === "boolean") return "Boolean";
    if (
      typeof v === "string" &&
      /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|WAARDE!|DEEL\/0!|VERW!|NAAM\?|GETAL!|N\/B|LEEG!)$/.test(v)
    )
      return "Error";
    return "String";
  }
  function gebruiktBereik(blad, alleenWaarden) {
    let r1 = Infinity,
      r2 = -1,
      c1 = Infinity,
      c2 = -1;
    blad.cellen.forEach((rij, r) => {
      if (!rij) return;
      rij.forEach((x, c) => {
        if (!x) return;
        const telt = alleenWaarden ? x.v !== "" && x.v !== null : true;
        if (!telt) return;
        r1 = Math.min(r1, r);
        r2 = Math.max(r2, r);
        c1 = Math.min(c1, c);
        c2 = Math.max(c2, c);
      });
    });
    if (r2 < 0) return null;
    return { r: r1, c: c1, rc: r2 - r1 + 1, cc: c2 - c1 + 1 };
  }
  function overlapt(a, b) {
    return a.r < b.r + b.rc && b.r < a.r + a.rc && a.c < b.c + b.cc && b.c < a.c + a.cc;
  }
  function tabelBereik(t) {
    return { r: t.r, c: t.c, rc: t.rc + (t.totalen ? 1 : 0), cc: t.cc };
  }
  function isVerborgen(blad, r) {
    return blad.verborgen.has(r) || blad.gefilterd.has(r);
  }

  // ---------- proxies ----------
  function nietGeladen(klasse, prop) {
    return officeFout(
      "PropertyNotLoaded",
      "The property '" +
        prop +
        "' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
    );
  }

  class ClientObject {
    constructor(ctx, maakDoel, omschrijving) {
      this.context = ctx;
      this._maakDoel = maakDoel; // () => model target; runs when the op executes
      this._doel = undefined;
      this._geladen = {};
      this._omschrijving = omschrijving;
      // Proxies made while a batch runs (navigation during a load) need no request of their own.
      if (maakDoel && !ctx._bezig) ctx._wachtrij.push({ soort: "maak", obj: this, tekst: omschrijving });
    }
    _d() {
      if (this._doel === undefined) this._doel = this._maakDoel();
      return this._doel;
    }
    load(props) {
      this.context._wachtrij.push({ soort: "laad", obj: this, props: normaliseerLaad(props), tekst: this._omschrijving + ".load" });
      return this;
    }
    toJSON() {
      return Object.assign({}, this._geladen);
    }
    get isNullObject() {
      if (!("isNullObject" in this._geladen)) throw nietGeladen(this, "isNullObject");
      return this._geladen.isNullObject;
    }
  }
  function normaliseerLaad(props) {
    if (props === undefined) return ["*"];
    if (typeof props === "string")
      return props
        .split(",")
        .map((p) => p.trim())
        .filter(Boolean);
    if (Array.isArray(props)) return props.flatMap((p) => normaliseerLaad(p));
    if (props && typeof props === "object") {
      if (props.select) return normaliseerLaad(props.select);
      return Object.keys(props).filter((k) => props[k]);
    }
    return [];
  }
  function eigenschappen(Klasse, lezen, schrijven) {
    for (const p of lezen) {
      Object.defineProperty(Klasse.prototype, p, {
        get() {
          if (!(p in this._geladen)) throw nietGeladen(this, p);
          return this._geladen[p];
        },
        set: schrijven.includes(p)
          ? function (w) {
              this.context._wachtrij.push({ soort: "zet", obj: this, prop: p, waarde: w, tekst: this._omschrijving + "." + p });
            }
          : undefined,
        configurable: true,
      });
    }
  }
  /** Queues a method call that runs at sync: fn(target) → result stored on `resultaat` (a proxy) or a ClientResult. */
  function roep(obj, naam, args, fn) {
    obj.context._wachtrij.push({ soort: "roep", obj, naam, args, fn, tekst: obj._omschrijving + "." + naam });
  }

  class RequestContext {
    constructor() {
      this._wachtrij = [];
      this.workbook = new Workbook(this);
      this.application = {
        calculationMode: "Automatic",
        suspendApiCalculationUntilNextSync() {},
        // Application.calculate(calculationType) (ExcelApi 1.1): the fake workbook has no formulas; counted only.
        calculate() {
          herberekeningen++;
        },
      };
      this.trackedObjects = { add() {}, remove() {} };
    }
    async sync(doorgeven) {
      const ops = this._wachtrij.splice(0);
      verzoekTeller++;
      stat.syncs++;
      stat.operaties += ops.length;
      const verzoekBytes = JSON.stringify(ops.map(serialiseer)).length;
      stat.verzoekBytes += verzoekBytes;
      stat.maxVerzoekBytes = Math.max(stat.maxVerzoekBytes, verzoekBytes);
      const verslag = { nr: verzoekTeller, operaties: ops.length, verzoekBytes, antwoordBytes: 0 };
      stat.verzoeken.push(verslag);
      await new Promise((klaar) => setTimeout(klaar, vertraging));
      if (verzoekBytes > limiet) {
        stat.geweigerd++;
        throw officeFout("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
      }
      const laadResultaten = [];
      let i = 0;
      this._bezig = true;
      try {
        for (const op of ops) {
          if (storing && storing.verzoek === verzoekTeller && i >= storing.naOperaties) {
            storing = null;
            throw officeFout("GeneralException", "Nep-storing in verzoek " + verzoekTeller + " na " + i + " operaties.");
          }
          voerUit(op, laadResultaten);
          i++;
        }
      } finally {
        this._bezig = false;
      }
      if (storing && storing.verzoek === verzoekTeller) storing = null;
      const antwoordBytes = JSON.stringify(laadResultaten.map((l) => l.waarden)).length;
      verslag.antwoordBytes = antwoordBytes;
      if (antwoordBytes > limiet) {
        stat.geweigerd++;
        throw officeFout("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
      }
      stat.antwoordBytes += antwoordBytes;
      stat.maxAntwoordBytes = Math.max(stat.maxAntwoordBytes, antwoordBytes);
      for (const l of laadResultaten) Object.assign(l.obj._geladen, l.waarden);
      return doorgeven;
    }
  }
  function serialiseer(op) {
    const s = { s: op.soort, t: op.tekst };
    if (op.soort === "zet") s.w = op.waarde;
    if (op.soort === "laad") s.p = op.props;
    if (op.soort === "roep") s.a = op.args;
    return s;
  }
  function voerUit(op, laadResultaten) {
    const obj = op.obj;
    if (op.soort === "maak") {
      obj._d();
      return;
    }
    const doel = obj._d();
    if (op.soort === "zet") {
      if (doel === null) throw officeFout("ItemNotFound", "Object bestaat niet.");
      obj._zet(doel, op.prop, op.waarde);
      return;
    }
    if (op.soort === "roep") {
      if (doel === null) throw officeFout("ItemNotFound", "Object bestaat niet.");
      op.fn(doel);
      return;
    }
    if (op.soort === "laad") {
      if (doel === null) {
        laadResultaten.push({ obj, waarden: { isNullObject: true } });
        return;
      }
      laadResultaten.push({ obj, waarden: Object.assign({ isNullObject: false }, obj._laad(doel, op.props, laadResultaten)) });
    }
  }
  /** Loads nested paths ("worksheet/name") through the navigation property. */
  function laadGenest(obj, doel, props, laadResultaten, navigatie) {
    const eigen = [];
    const genest = {};
    for (const p of props) {
      const i = p.indexOf("/");
      if (i < 0) eigen.push(p);
      else (genest[p.slice(0, i)] = genest[p.slice(0, i)] || []).push(p.slice(i + 1));
    }
    for (const [nav, sub] of Object.entries(genest)) {
      const kind = navigatie(nav);
      if (!kind) continue;
      const kd = kind._d();
      laadResultaten.push({
        obj: kind,
        waarden: Object.assign({ isNullObject: kd === null }, kd === null ? {} : kind._laad(kd, sub, laadResultaten)),
      });
    }
    return eigen;
  }

  class Workbook extends ClientObject {
    constructor(ctx) {
      super(ctx, null, "workbook");
      this._doel = werkmap;
      this.worksheets = new WorksheetCollection(ctx);
      this.tables = new TableCollection(ctx, null);
      this.comments = new CommentCollection(ctx);
    }
    /** Workbook.application (ExcelApi 1.1): the same Application as RequestContext.application. */
    get application() {
      return this.context.application;
    }
    getSelectedRange() {
      return new Range(
        this.context,
        () => {
          if (!werkmap.selectie) throw officeFout("InvalidSelection", "Geen selectie.");
          // Microsoft: "If there are multiple ranges selected, this method will throw an error."
          if (/[,;]/.test(werkmap.selectie.adres)) throw officeFout("InvalidSelection", "Er zijn meerdere bereiken geselecteerd.");
          const blad = zoekBlad(werkmap.selectie.blad);
          return Object.assign(leesAdres(werkmap.selectie.adres), { blad });
        },
        "workbook.getSelectedRange()",
      );
    }
    /** All selected areas (ExcelApi 1.9). */
    getSelectedRanges() {
      return new RangeAreas(
        this.context,
        () => {
          vraagtApi("1.9", "getSelectedRanges");
          if (!werkmap.selectie) throw officeFout("InvalidSelection", "Geen selectie.");
          const blad = zoekBlad(werkmap.selectie.blad);
          return { blad, gebieden: gebiedenVan(werkmap.selectie.adres) };
        },
        "workbook.getSelectedRanges()",
      );
    }
    getActiveCell() {
      return this.getSelectedRange();
    }
  }

  // Workbook.comments (ExcelApi 1.10): add(range, text) keeps the text with the cell (the reading report's note).
  class CommentCollection extends ClientObject {
    constructor(ctx) {
      super(ctx, null, "workbook.comments");
      this._doel = true;
    }
    add(bereik, tekst) {
      roep(this, "add", [bereik._omschrijving, "tekst"], () => {
        const d = bereik._d();
        d.blad.opmerkingen = Object.assign(d.blad.opmerkingen || {}, { [celAdres(d.r, d.c)]: tekst });
      });
    }
  }

  class WorksheetCollection extends ClientObject {
    constructor(ctx) {
      super(ctx, null, "worksheets");
      this._doel = werkmap.bladen;
      this._items = null;
    }
    get items() {
      if (!this._items) throw nietGeladen(this, "items");
      return this._items;
    }
    _laad(doel, props, laadResultaten) {
      const sub = props.map((p) => p.replace(/^items\//, "")).filter((p) => p !== "items");
      this._items = doel.map((b) => {
        const w = new Worksheet(this.context, null, "worksheet[" + b.naam + "]");
        w._doel = b;
        laadResultaten.push({ obj: w, waarden: w._laad(b, sub.length ? sub : ["name"], laadResultaten) });
        return w;
      });
      return {};
    }
    getItem(naam) {
      return new Worksheet(
        this.context,
        () => {
          const b = zoekBlad(naam);
          if (!b) throw officeFout("ItemNotFound", "Blad '" + naam + "' bestaat niet.");
          return b;
        },
        "worksheets.getItem(" + naam + ")",
      );
    }
    getItemOrNullObject(naam) {
      return new Worksheet(this.context, () => zoekBlad(naam), "worksheets.getItemOrNullObject(" + naam + ")");
    }
    getActiveWorksheet() {
      return new Worksheet(
        this.context,
        () => zoekBlad(werkmap.actief || (werkmap.bladen[0] && werkmap.bladen[0].naam)),
        "worksheets.getActiveWorksheet()",
      );
    }
    add(naam) {
      return new Worksheet(
        this.context,
        () => {
          const gekozen = naam || "Blad" + (werkmap.bladen.length + 1);
          if (gekozen.length > 31 || /[[\]:*?/\\]/.test(gekozen) || /^'|'$/.test(gekozen))
            throw officeFout("InvalidArgument", "Ongeldige bladnaam.");
          if (zoekBlad(gekozen)) throw officeFout("ItemAlreadyExists", "Er is al een blad met de naam '" + gekozen + "'.");
          const b = nieuwBlad(gekozen);
          werkmap.bladen.push(b);
          return b;
        },
        "worksheets.add(" + naam + ")",
      );
    }
    getCount() {
      const r = { value: undefined };
      roep(this, "getCount", [], (d) => (r.value = d.length));
      return r;
    }
  }

  class Worksheet extends ClientObject {
    constructor(ctx, maakDoel, omschrijving) {
      super(ctx, maakDoel, omschrijving);
      this.tables = new TableCollection(ctx, this);
      this.charts = new ChartCollection(ctx, this);
      this.freezePanes = { freezeRows: () => roep(this, "freezeRows", [], () => {}) };
      this.pageLayout = new PageLayout(this);
      // Worksheet.notes (ExcelApi 1.18): add(range, text) keeps the note with the cell, as comments does for 1.10.
      const werkblad = this;
      this.notes = {
        add(bereik, tekst) {
          roep(werkblad, "notes.add", [bereik._omschrijving, "tekst"], () => {
            vraagtApi("1.18", "Worksheet.notes");
            const d = bereik._d();
            d.blad.notities = Object.assign(d.blad.notities || {}, { [celAdres(d.r, d.c)]: tekst });
          });
        },
      };
    }
    _laad(b, props) {
      const w = {};
      for (const p of props.length ? props : ["*"]) {
        if (p === "name" || p === "*") w.name = b.naam;
        if (p === "id" || p === "*") w.id = b.id;
        if (p === "position" || p === "*") w.position = werkmap.bladen.indexOf(b);
        if (p === "visibility" || p === "*") w.visibility = b.zichtbaar;
      }
      return w;
    }
    _zet(b, prop, w) {
      if (prop === "name") {
        if (zoekBlad(w) && zoekBlad(w) !== b) throw officeFout("ItemAlreadyExists", "Bladnaam bestaat al.");
        b.naam = w;
      } else if (prop === "visibility") b.zichtbaar = w;
      else if (prop === "position") {
        werkmap.bladen.splice(werkmap.bladen.indexOf(b), 1);
        werkmap.bladen.splice(w, 0, b);
      }
    }
    getRange(adres) {
      return new Range(
        this.context,
        () => {
          const b = this._d();
          if (!b) throw officeFout("ItemNotFound", "Blad bestaat niet.");
          const a = leesAdres(adres || "A1:XFD1048576");
          return { blad: b, r: a.r, c: a.c, rc: a.rc, cc: a.cc };
        },
        this._omschrijving + ".getRange(" + adres + ")",
      );
    }
    /** A RangeAreas from "A2:D2, A7:D9" (comma- or semicolon-separated; ExcelApi 1.9). */
    getRanges(adres) {
      return new RangeAreas(
        this.context,
        () => {
          vraagtApi("1.9", "getRanges");
          const b = this._d();
          if (!b) throw officeFout("ItemNotFound", "Blad bestaat niet.");
          return { blad: b, gebieden: gebiedenVan(adres) };
        },
        this._omschrijving + ".getRanges(" + adres + ")",
      );
    }
    getRangeByIndexes(r, c, rc, cc) {
      return new Range(
        this.context,
        () => {
          const b = this._d();
          if (!b) throw officeFout("ItemNotFound", "Blad bestaat niet.");
          if (r < 0 || c < 0 || rc < 1 || cc < 1 || r + rc > MAX_RIJEN || c + cc > MAX_KOLOMMEN)
            throw officeFout("InvalidArgument", "Ongeldig bereik.");
          return { blad: b, r, c, rc, cc };
        },
        this._omschrijving + ".getRangeByIndexes(" + [r, c, rc, cc].join(",") + ")",
      );
    }
    getUsedRange(alleenWaarden) {
      return new Range(
        this.context,
        () => {
          const b = this._d();
          const g = gebruiktBereik(b, alleenWaarden);
          return Object.assign({ blad: b }, g || { r: 0, c: 0, rc: 1, cc: 1 });
        },
        this._omschrijving + ".getUsedRange()",
      );
    }
    getUsedRangeOrNullObject(alleenWaarden) {
      return new Range(
        this.context,
        () => {
          const b = this._d();
          const g = b ? gebruiktBereik(b, alleenWaarden) : null;
          return g ? Object.assign({ blad: b }, g) : null;
        },
        this._omschrijving + ".getUsedRangeOrNullObject()",
      );
    }
    delete() {
      roep(this, "delete", [], (b) => {
        for (let i = werkmap.tabellen.length - 1; i >= 0; i--) if (werkmap.tabellen[i].blad === b) werkmap.tabellen.splice(i, 1);
        werkmap.bladen.splice(werkmap.bladen.indexOf(b), 1);
        if (werkmap.actief === b.naam) werkmap.actief = werkmap.bladen[0] ? werkmap.bladen[0].naam : null;
      });
    }
    activate() {
      roep(this, "activate", [], (b) => (werkmap.actief = b.naam));
    }
  }
  eigenschappen(Worksheet, ["name", "id", "position", "visibility"], ["name", "visibility", "position"]);

  const ORIENTATIES = ["Portrait", "Landscape"];
  const PAPIER = ["A3", "A4", "A5", "Letter", "Legal"];
  /**
   * Worksheet.pageLayout (ExcelApi 1.9): orientation, paper size, zoom and print area, kept per sheet
   * in `afdruk`. Values are checked as Excel does (InvalidArgument); an older host says ApiNotFound.
   */
  class PageLayout {
    constructor(werkblad) {
      const controleer = () => {
        if (!versieHoogstens("1.9", excelApi))
          throw officeFout("ApiNotFound", "pageLayout vraagt ExcelApi 1.9; deze host heeft " + excelApi + ".");
      };
      const zet = (prop, w, geldig) =>
        roep(werkblad, "pageLayout." + prop, [w], (b) => {
          controleer();
          if (!geldig(w)) throw officeFout("InvalidArgument", "Ongeldige waarde voor pageLayout." + prop + ": " + JSON.stringify(w));
          b.afdruk = Object.assign({}, b.afdruk, { [prop]: w });
        });
      const heel = (n) => n === undefined || n === null || (Number.isInteger(n) && n >= 0);
      Object.defineProperty(this, "orientation", {
        set(w) {
          zet("orientation", w, (x) => ORIENTATIES.includes(x));
        },
        get: () => undefined,
      });
      Object.defineProperty(this, "paperSize", {
        set(w) {
          zet("paperSize", w, (x) => PAPIER.includes(x));
        },
        get: () => undefined,
      });
      Object.defineProperty(this, "zoom", {
        set(w) {
          zet(
            "zoom",
            w,
            (x) =>
              !!x &&
              heel(x.horizontalFitToPages) &&
              heel(x.verticalFitToPages) &&
              (x.scale === undefined || x.scale === null || (x.scale >= 10 && x.scale <= 400)),
          );
        },
        get: () => undefined,
      });
      this.setPrintArea = (adres) =>
        roep(werkblad, "pageLayout.setPrintArea", [adres], (b) => {
          controleer();
          // A range or several, comma-separated (a RangeAreas address: each prints on a page of its own).
          String(adres)
            .split(",")
            .forEach((a) => leesAdres(a));
          b.afdruk = Object.assign({}, b.afdruk, { printArea: String(adres) });
        });
    }
  }

  class RangeFormat {
    constructor(range) {
      this._range = range;
      const zet = (prop, w) =>
        range.context._wachtrij.push({
          soort: "zet",
          obj: range,
          prop: "format." + prop,
          waarde: w,
          tekst: range._omschrijving + ".format." + prop,
        });
      this.font = {};
      for (const p of ["bold", "italic", "color", "size", "name"])
        Object.defineProperty(this.font, p, {
          set(w) {
            zet("font." + p, w);
          },
          get: () => undefined,
        });
      this.fill = {};
      Object.defineProperty(this.fill, "color", {
        set(w) {
          zet("fill.color", w);
        },
        get: () => undefined,
      });
      for (const p of ["columnWidth", "rowHeight", "wrapText", "horizontalAlignment", "verticalAlignment"])
        Object.defineProperty(this, p, {
          set(w) {
            zet(p, w);
          },
          get: () => undefined,
        });
      this.borders = {
        getItem: () => ({
          set style(w) {
            zet("border", w);
          },
          set weight(w) {
            zet("borderWeight", w);
          },
          set color(w) {
            zet("borderColor", w);
          },
        }),
      };
    }
    autofitColumns() {
      roep(this._range, "format.autofitColumns", [], () => {});
    }
    autofitRows() {
      roep(this._range, "format.autofitRows", [], () => {});
    }
  }

  class Range extends ClientObject {
    constructor(ctx, maakDoel, omschrijving) {
      super(ctx, maakDoel, omschrijving);
      this.format = new RangeFormat(this);
    }
    get worksheet() {
      if (!this._werkblad)
        this._werkblad = new Worksheet(this.context, () => this._d() && this._d().blad, this._omschrijving + ".worksheet");
      return this._werkblad;
    }
    _laad(d, props, laadResultaten) {
      const eigen = laadGenest(this, d, props, laadResultaten, (nav) =>
        nav === "worksheet" ? this.worksheet : nav === "format" ? null : null,
      );
      const w = {};
      const alles = eigen.includes("*");
      const wil = (p) => alles || eigen.includes(p);
      const matrix = (f) => {
        const uit = [];
        for (let r = 0; r < d.rc; r++) {
          const rij = [];
          for (let c = 0; c < d.cc; c++) rij.push(f(cel(d.blad, d.r + r, d.c + c, false)));
          uit.push(rij);
        }
        return uit;
      };
      if (wil("address")) w.address = citeerBlad(d.blad.naam) + "!" + bereikAdres(d);
      if (wil("addressLocal")) w.addressLocal = w.address || citeerBlad(d.blad.naam) + "!" + bereikAdres(d);
      if (wil("rowIndex")) w.rowIndex = d.r;
      if (wil("columnIndex")) w.columnIndex = d.c;
      if (wil("rowCount")) w.rowCount = d.rc;
      if (wil("columnCount")) w.columnCount = d.cc;
      if (wil("cellCount")) w.cellCount = d.rc * d.cc;
      if (wil("values")) w.values = matrix((x) => (x ? x.v : ""));
      if (wil("valueTypes")) w.valueTypes = matrix((x) => waardeType(x ? x.v : ""));
      if (wil("numberFormat")) w.numberFormat = matrix((x) => (x ? x.nf : "General"));
      if (wil("text")) w.text = matrix((x) => (x ? String(x.v) : ""));
      if (wil("rowHidden")) {
        let verborgen = 0;
        for (let r = 0; r < d.rc; r++) if (isVerborgen(d.blad, d.r + r)) verborgen++;
        w.rowHidden = verborgen === 0 ? false : verborgen === d.rc ? true : null;
      }
      if (wil("columnHidden")) w.columnHidden = false;
      if (wil("format/font/bold")) w.format = { font: { bold: matrix((x) => !!(x && x.b)) } };
      return w;
    }
    _zet(d, prop, w) {
      const elk = (f) => {
        for (let r = 0; r < d.rc; r++) for (let c = 0; c < d.cc; c++) f(r, c);
      };
      const perCel = (w, r, c) => (Array.isArray(w) ? w[r][c] : w);
      if (prop === "values" || prop === "formulas" || prop === "numberFormat") {
        if (Array.isArray(w) && (w.length !== d.rc || w.some((rij) => !Array.isArray(rij) || rij.length !== d.cc))) {
          throw officeFout(
            "InvalidArgument",
            "De afmetingen van de matrix (" + w.length + ") passen niet bij het bereik " + bereikAdres(d) + ".",
          );
        }
        elk((r, c) => {
          const x = cel(d.blad, d.r + r, d.c + c, true);
          const v = perCel(w, r, c);
          if (prop === "numberFormat") x.nf = v;
          else x.v = v === null || v === undefined ? "" : v;
        });
        return;
      }
      if (prop === "rowHidden") {
        for (let r = 0; r < d.rc; r++) w ? d.blad.verborgen.add(d.r + r) : d.blad.verborgen.delete(d.r + r);
        return;
      }
      if (prop === "format.font.bold") return elk((r, c) => (cel(d.blad, d.r + r, d.c + c, true).b = !!w));
      if (prop === "format.columnWidth") {
        for (let c = 0; c < d.cc; c++) d.blad.kolombreedtes[d.c + c] = w;
        return;
      }
      if (prop === "format.rowHeight") {
        for (let r = 0; r < d.rc; r++) d.blad.rijhoogtes[d.r + r] = w;
        return;
      }
      if (prop.startsWith("format.")) {
        const sleutel = prop.slice(7);
        elk((r, c) => {
          const x = cel(d.blad, d.r + r, d.c + c, true);
          (x.opmaak = x.opmaak || {})[sleutel] = w;
        });
        return;
      }
      throw officeFout("InvalidArgument", "Eigenschap " + prop + " kan niet worden gezet.");
    }
    getRow(i) {
      return new Range(
        this.context,
        () => Object.assign({}, this._d(), { r: this._d().r + i, rc: 1 }),
        this._omschrijving + ".getRow(" + i + ")",
      );
    }
    getColumn(i) {
      return new Range(
        this.context,
        () => Object.assign({}, this._d(), { c: this._d().c + i, cc: 1 }),
        this._omschrijving + ".getColumn(" + i + ")",
      );
    }
    getCell(r, c) {
      return new Range(
        this.context,
        () => Object.assign({}, this._d(), { r: this._d().r + r, c: this._d().c + c, rc: 1, cc: 1 }),
        this._omschrijving + ".getCell(" + r + "," + c + ")",
      );
    }
    getRowsBelow(n) {
      n = n || 1;
      return new Range(
        this.context,
        () => Object.assign({}, this._d(), { r: this._d().r + this._d().rc, rc: n }),
        this._omschrijving + ".getRowsBelow(" + n + ")",
      );
    }
    getOffsetRange(dr, dc) {
      return new Range(
        this.context,
        () => Object.assign({}, this._d(), { r: this._d().r + dr, c: this._d().c + dc }),
        this._omschrijving + ".getOffsetRange(" + dr + "," + dc + ")",
      );
    }
    getResizedRange(dr, dc) {
      return new Range(
        this.context,
        () => Object.assign({}, this._d(), { rc: this._d().rc + dr, cc: this._d().cc + dc }),
        this._omschrijving + ".getResizedRange(" + dr + "," + dc + ")",
      );
    }
    getSurroundingRegion() {
      return new Range(
        this.context,
        () => {
          // Simplification: the used range of the sheet around the cell.
          const d = this._d();
          const g = gebruiktBereik(d.blad, true);
          return g ? Object.assign({ blad: d.blad }, g) : d;
        },
        this._omschrijving + ".getSurroundingRegion()",
      );
    }
    select() {
      roep(this, "select", [], (d) => kiesSelectie(d.blad, bereikAdres(d)));
    }
    clear() {
      roep(this, "clear", [], (d) => {
        for (let r = 0; r < d.rc; r++) for (let c = 0; c < d.cc; c++) if (d.blad.cellen[d.r + r]) delete d.blad.cellen[d.r + r][d.c + c];
      });
    }
  }
  eigenschappen(
    Range,
    [
      "address",
      "addressLocal",
      "values",
      "valueTypes",
      "numberFormat",
      "text",
      "rowIndex",
      "columnIndex",
      "rowCount",
      "columnCount",
      "cellCount",
      "rowHidden",
      "columnHidden",
    ],
    ["values", "formulas", "numberFormat", "rowHidden"],
  );

  function vraagtApi(versie, wat) {
    if (!versieHoogstens(versie, excelApi))
      throw officeFout("ApiNotFound", wat + " vraagt ExcelApi " + versie + "; deze host heeft " + excelApi + ".");
  }
  /** "A2:D2, A7:D9" or "A2:D2; A7:D9" as areas; an empty or invalid part is InvalidArgument, as in Excel. */
  function gebiedenVan(adres) {
    const delen = String(adres || "")
      .split(/[,;]/)
      .map((x) => x.trim());
    if (delen.some((x) => x === "")) throw officeFout("InvalidArgument", "Ongeldig adres: " + adres);
    return delen.map((x) => {
      const a = leesAdres(x);
      if (a.blad !== null) throw officeFout("InvalidArgument", "Een adres van getRanges noemt geen blad: " + x);
      return a;
    });
  }
  /** Selecting activates the sheet (Excel shows the selection there) and replaces the selection. */
  function kiesSelectie(blad, adres) {
    werkmap.selectie = { blad: blad.naam, adres };
    werkmap.actief = blad.naam;
    werkmap.selecties.push({ blad: blad.naam, adres });
  }

  /** Worksheet.getRanges / Workbook.getSelectedRanges (ExcelApi 1.9): address, areaCount, cellCount; select() (ExcelApi 1.18). */
  class RangeAreas extends ClientObject {
    _laad(d, props) {
      const w = {};
      const wil = (p) => props.includes("*") || props.includes(p);
      if (wil("address")) w.address = d.gebieden.map((g) => citeerBlad(d.blad.naam) + "!" + bereikAdres(g)).join(", ");
      if (wil("areaCount")) w.areaCount = d.gebieden.length;
      if (wil("cellCount")) w.cellCount = d.gebieden.reduce((n, g) => n + g.rc * g.cc, 0);
      return w;
    }
    select() {
      roep(this, "select", [], (d) => {
        vraagtApi("1.18", "RangeAreas.select");
        kiesSelectie(d.blad, d.gebieden.map(bereikAdres).join(", "));
      });
    }
  }
  eigenschappen(RangeAreas, ["address", "areaCount", "cellCount"], []);

  class TableCollection extends ClientObject {
    constructor(ctx, werkblad) {
      super(ctx, null, werkblad ? werkblad._omschrijving + ".tables" : "tables");
      this._werkblad = werkblad;
      this._doel = true;
      this._items = null;
    }
    _lijst() {
      const b = this._werkblad ? this._werkblad._d() : null;
      return werkmap.tabellen.filter((t) => !b || t.blad === b);
    }
    get items() {
      if (!this._items) throw nietGeladen(this, "items");
      return this._items;
    }
    _laad(_d, props, laadResultaten) {
      const sub = props.map((p) => p.replace(/^items\//, "")).filter((p) => p !== "items");
      this._items = this._lijst().map((t) => {
        const x = new Table(this.context, null, "table[" + t.naam + "]");
        x._doel = t;
        laadResultaten.push({ obj: x, waarden: x._laad(t, sub.length ? sub : ["name"], laadResultaten) });
        return x;
      });
      return {};
    }
    getItem(naam) {
      return new Table(
        this.context,
        () => {
          const t = this._lijst().find((t) => t.naam.toLowerCase() === String(naam).toLowerCase());
          if (!t) throw officeFout("ItemNotFound", "Tabel '" + naam + "' bestaat niet.");
          return t;
        },
        "tables.getItem(" + naam + ")",
      );
    }
    getItemOrNullObject(naam) {
      return new Table(
        this.context,
        () => this._lijst().find((t) => t.naam.toLowerCase() === String(naam).toLowerCase()) || null,
        "tables.getItemOrNullObject(" + naam + ")",
      );
    }
    add(adres, metKoppen) {
      return new Table(
        this.context,
        () => {
          const a = typeof adres === "string" ? leesAdres(adres) : adres._d();
          const b = typeof adres === "string" ? (a.blad ? zoekBlad(a.blad) : this._werkblad && this._werkblad._d()) : a.blad;
          if (!b) throw officeFout("ItemNotFound", "Blad bestaat niet.");
          const t = {
            naam: "Tabel" + ++volgnummer,
            blad: b,
            r: a.r,
            c: a.c,
            rc: a.rc,
            cc: a.cc,
            totalen: false,
            stijl: "TableStyleMedium2",
            koppen: true,
          };
          for (const ander of werkmap.tabellen)
            if (ander.blad === b && overlapt(tabelBereik(ander), t))
              throw officeFout("InvalidOperation", "Tabellen mogen niet overlappen.");
          if (!metKoppen) throw officeFout("NotImplemented", "Nep-host: alleen tabellen met koppen.");
          const gezien = new Set();
          for (let c = 0; c < t.cc; c++) {
            const x = cel(b, t.r, t.c + c, true);
            let kop = x.v === "" ? "Kolom" + (c + 1) : String(x.v);
            let n = 2;
            const basis = kop;
            while (gezien.has(kop.toLowerCase())) kop = basis + n++;
            gezien.add(kop.toLowerCase());
            x.v = kop;
          }
          werkmap.tabellen.push(t);
          return t;
        },
        "tables.add(" + (typeof adres === "string" ? adres : "range") + ")",
      );
    }
  }

  class Table extends ClientObject {
    constructor(ctx, maakDoel, omschrijving) {
      super(ctx, maakDoel, omschrijving);
    }
    get worksheet() {
      if (!this._werkblad) this._werkblad = new Worksheet(this.context, () => this._d().blad, this._omschrijving + ".worksheet");
      return this._werkblad;
    }
    _laad(t, props, laadResultaten) {
      const eigen = laadGenest(this, t, props, laadResultaten, (nav) => (nav === "worksheet" ? this.worksheet : null));
      const w = {};
      const alles = eigen.includes("*");
      if (alles || eigen.includes("name")) w.name = t.naam;
      if (alles || eigen.includes("id")) w.id = "{tabel-" + t.naam + "}";
      if (alles || eigen.includes("showTotals")) w.showTotals = t.totalen;
      if (alles || eigen.includes("showHeaders")) w.showHeaders = true;
      if (alles || eigen.includes("style")) w.style = t.stijl;
      return w;
    }
    _zet(t, prop, w) {
      if (prop === "name") {
        if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(w) || /^[A-Za-z]{1,3}\d+$/.test(w) || /^R\d*C\d*$/i.test(w))
          throw officeFout("InvalidArgument", "Ongeldige tabelnaam '" + w + "'.");
        if (werkmap.tabellen.some((x) => x !== t && x.naam.toLowerCase() === String(w).toLowerCase()))
          throw officeFout("ItemAlreadyExists", "Tabelnaam bestaat al.");
        t.naam = w;
      } else if (prop === "showTotals") {
        if (w && !t.totalen) {
          const onder = { r: t.r + t.rc, c: t.c, rc: 1, cc: t.cc };
          for (let c = 0; c < t.cc; c++) {
            const x = cel(t.blad, onder.r, onder.c + c, false);
            if (x && x.v !== "") throw officeFout("InvalidOperation", "Onder de tabel staan gegevens; de totaalrij zou ze overschrijven.");
          }
          // Like Excel: the last column gets a SUBTOTAL formula; the add-in overwrites it.
          cel(t.blad, onder.r, onder.c + t.cc - 1, true).v = "=SUBTOTAL(109,...)";
        }
        t.totalen = !!w;
      } else if (prop === "style") t.stijl = w;
      else if (prop === "showBandedRows" || prop === "showFilterButton") t[prop] = w;
      else throw officeFout("InvalidArgument", "Eigenschap " + prop + " kan niet worden gezet.");
    }
    _bereik(f, naam) {
      return new Range(
        this.context,
        () => {
          const t = this._d();
          if (!t) throw officeFout("ItemNotFound", "Tabel bestaat niet.");
          return Object.assign({ blad: t.blad }, f(t));
        },
        this._omschrijving + "." + naam + "()",
      );
    }
    getRange() {
      return this._bereik((t) => tabelBereik(t), "getRange");
    }
    getHeaderRowRange() {
      return this._bereik((t) => ({ r: t.r, c: t.c, rc: 1, cc: t.cc }), "getHeaderRowRange");
    }
    getDataBodyRange() {
      return this._bereik((t) => ({ r: t.r + 1, c: t.c, rc: Math.max(t.rc - 1, 1), cc: t.cc }), "getDataBodyRange");
    }
    getTotalRowRange() {
      return this._bereik((t) => {
        if (!t.totalen) throw officeFout("InvalidOperation", "De tabel heeft geen totaalrij.");
        return { r: t.r + t.rc, c: t.c, rc: 1, cc: t.cc };
      }, "getTotalRowRange");
    }
    delete() {
      roep(this, "delete", [], (t) => werkmap.tabellen.splice(werkmap.tabellen.indexOf(t), 1));
    }
  }
  eigenschappen(
    Table,
    ["name", "id", "showTotals", "showHeaders", "style", "showBandedRows", "showFilterButton"],
    ["name", "showTotals", "style", "showBandedRows", "showFilterButton"],
  );

  class ChartCollection extends ClientObject {
    constructor(ctx, werkblad) {
      super(ctx, null, werkblad._omschrijving + ".charts");
      this._werkblad = werkblad;
      this._doel = true;
    }
    add(soort, bron, reeksenPer) {
      return new Chart(
        this.context,
        () => {
          const b = this._werkblad._d();
          const d = bron._d();
          // The pane's chart needs ChartSeriesCollection.add (ExcelApi 1.7) and ChartAxis.numberFormat (1.8):
          // refused here as a whole, so a pane that forgets its isSetSupported guard fails in the tests.
          if (!versieHoogstens("1.8", excelApi))
            throw officeFout(
              "ApiNotFound",
              "de grafiek vraagt ExcelApi 1.8 (reeksen, getalnotatie van de as); deze host heeft " + excelApi + ".",
            );
          if (d.blad !== b) throw officeFout("InvalidArgument", "Gegevens van een ander blad.");
          const g = { naam: "Grafiek " + ++volgnummer, soort, titel: "", reeksen: [], positie: null, legenda: null, assen: {} };
          // Series by columns: the first row holds the names when it is text.
          const koppen = typeof (cel(b, d.r, d.c, false) || { v: "" }).v === "string";
          for (let c = 0; c < d.cc; c++) {
            g.reeksen.push({
              naam: koppen ? String(cel(b, d.r, d.c + c, false).v) : "Reeks" + (c + 1),
              waarden: bereikAdres({ r: d.r + (koppen ? 1 : 0), c: d.c + c, rc: d.rc - (koppen ? 1 : 0), cc: 1 }),
              x: null,
              soort: null,
            });
          }
          g.reeksenPer = reeksenPer || "Auto";
          b.grafieken.push(g);
          return g;
        },
        this._omschrijving + ".add(" + soort + ")",
      );
    }
  }
  class Chart extends ClientObject {
    constructor(ctx, maakDoel, omschrijving) {
      super(ctx, maakDoel, omschrijving);
      const self = this;
      this.title = {};
      Object.defineProperty(this.title, "text", {
        set(w) {
          self.context._wachtrij.push({ soort: "zet", obj: self, prop: "title.text", waarde: w, tekst: "chart.title.text" });
        },
        get: () => undefined,
      });
      this.legend = {};
      Object.defineProperty(this.legend, "position", {
        set(w) {
          self.context._wachtrij.push({ soort: "zet", obj: self, prop: "legend.position", waarde: w, tekst: "chart.legend.position" });
        },
        get: () => undefined,
      });
      this.series = new ChartSeriesCollection(ctx, this);
      this.axes = {
        valueAxis: this._as("valueAxis"),
        categoryAxis: this._as("categoryAxis"),
      };
    }
    _as(naam) {
      const self = this;
      const as = { format: { font: {} }, title: {} };
      for (const p of ["minimum", "maximum", "numberFormat", "majorUnit"])
        Object.defineProperty(as, p, {
          set(w) {
            self.context._wachtrij.push({
              soort: "zet",
              obj: self,
              prop: "as." + naam + "." + p,
              waarde: w,
              tekst: "chart.axes." + naam + "." + p,
            });
          },
          get: () => undefined,
        });
      Object.defineProperty(as.title, "text", {
        set(w) {
          self.context._wachtrij.push({
            soort: "zet",
            obj: self,
            prop: "as." + naam + ".title",
            waarde: w,
            tekst: "chart.axes." + naam + ".title.text",
          });
        },
        get: () => undefined,
      });
      return as;
    }
    _laad(g, props) {
      const w = {};
      if (props.includes("name") || props.includes("*")) w.name = g.naam;
      if (props.includes("chartType") || props.includes("*")) w.chartType = g.soort;
      return w;
    }
    _zet(g, prop, w) {
      if (prop === "name") g.naam = w;
      else if (prop === "title.text") g.titel = w;
      else if (prop === "legend.position") g.legenda = w;
      else if (prop === "chartType") g.soort = w;
      else if (prop.startsWith("as.")) g.assen[prop.slice(3)] = w;
      else if (["top", "left", "width", "height"].includes(prop)) g[prop] = w;
      else throw officeFout("InvalidArgument", "Eigenschap " + prop + " kan niet worden gezet.");
    }
    setPosition(van, tot) {
      roep(this, "setPosition", [van, tot], (g) => {
        leesAdres(van);
        if (tot) leesAdres(tot);
        g.positie = { van, tot: tot || null };
      });
    }
    delete() {
      roep(this, "delete", [], (g) => {
        for (const b of werkmap.bladen) {
          const i = b.grafieken.indexOf(g);
          if (i >= 0) b.grafieken.splice(i, 1);
        }
      });
    }
  }
  eigenschappen(Chart, ["name", "chartType", "top", "left", "width", "height"], ["name", "chartType", "top", "left", "width", "height"]);

  class ChartSeriesCollection extends ClientObject {
    constructor(ctx, grafiek) {
      super(ctx, null, "chart.series");
      this._grafiek = grafiek;
      this._doel = true;
    }
    getItemAt(i) {
      return new ChartSeries(
        this.context,
        () => {
          const s = this._grafiek._d().reeksen[i];
          if (!s) throw officeFout("ItemNotFound", "Reeks " + i + " bestaat niet.");
          return s;
        },
        "chart.series.getItemAt(" + i + ")",
      );
    }
    add(naam) {
      return new ChartSeries(
        this.context,
        () => {
          const s = { naam: naam || "Reeks", waarden: null, x: null, soort: null };
          this._grafiek._d().reeksen.push(s);
          return s;
        },
        "chart.series.add(" + naam + ")",
      );
    }
  }
  class ChartSeries extends ClientObject {
    _laad(s, props) {
      const w = {};
      if (props.includes("name") || props.includes("*")) w.name = s.naam;
      if (props.includes("chartType") || props.includes("*")) w.chartType = s.soort;
      return w;
    }
    _zet(s, prop, w) {
      if (prop === "name") s.naam = w;
      else if (prop === "chartType") s.soort = w;
      else if (prop === "axisGroup") s.as = w;
      else if (prop === "format.line.color") s.kleur = w;
      else throw officeFout("InvalidArgument", "Eigenschap " + prop + " kan niet worden gezet.");
    }
    setValues(bereik) {
      roep(this, "setValues", ["range"], (s) => (s.waarden = bereikAdres(bereik._d())));
    }
    setXAxisValues(bereik) {
      roep(this, "setXAxisValues", ["range"], (s) => (s.x = bereikAdres(bereik._d())));
    }
  }
  eigenschappen(ChartSeries, ["name", "chartType", "axisGroup"], ["name", "chartType", "axisGroup"]);

  // ---------- globals ----------
  const Excel = {
    async run(a, b) {
      const cb = typeof a === "function" ? a : b;
      stat.runs++;
      const ctx = new RequestContext();
      const uit = await cb(ctx);
      if (ctx._wachtrij.length > 0) await ctx.sync(); // office.js syncs what is left
      return uit;
    },
    RequestContext,
    ErrorCodes: {
      itemNotFound: "ItemNotFound",
      itemAlreadyExists: "ItemAlreadyExists",
      invalidArgument: "InvalidArgument",
      generalException: "GeneralException",
      responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
      requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
    },
    ChartType: { columnClustered: "ColumnClustered", line: "Line", barClustered: "BarClustered" },
    CalculationType: { recalculate: "Recalculate", full: "Full", fullRebuild: "FullRebuild" },
    ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
  };

  /*
   * Office.context.document.settings (Common API, Office.Settings): get(name)
   * gives the value or null, set(name, value) changes the in-memory copy,
   * saveAsync([options], [callback]) stores it in the document and calls back
   * with an AsyncResult {status: "succeeded" | "failed"}. Values are kept as
   * JSON, as the document stores them.
   */
  const instellingen = new Map();
  let opgeslagenInstellingen = {};
  const settings = {
    get(naam) {
      return instellingen.has(naam) ? JSON.parse(instellingen.get(naam)) : null;
    },
    set(naam, waarde) {
      instellingen.set(naam, JSON.stringify(waarde));
    },
    remove(naam) {
      instellingen.delete(naam);
    },
    saveAsync(a, b) {
      const terug = typeof a === "function" ? a : b;
      opgeslagenInstellingen = Object.fromEntries(instellingen);
      setTimeout(() => typeof terug === "function" && terug({ status: "succeeded", value: undefined }), 0);
    },
  };

  const Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    context: {
      get officeTheme() {
        return Object.assign({}, thema);
      },
      displayLanguage: "nl-NL",
      contentLanguage: "nl-NL",
      host: "Excel",
      requirements: { isSetSupported: (naam, versie) => naam !== "ExcelApi" || versieHoogstens(versie || "1.1", excelApi) },
      document: { settings },
    },
    actions: { associate() {} },
    onReady(cb) {
      const info = { host: "Excel", platform: "OfficeOnline" };
      return new Promise((klaar) =>
        setTimeout(() => {
          if (typeof cb === "function") cb(info);
          klaar(info);
        }, 0),
      );
    },
  };

  class CustomFunctionsError extends Error {
    constructor(code, message) {
      super(message || code);
      this.code = code;
    }
  }
  const CustomFunctions = {
    associate() {},
    Error: CustomFunctionsError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      invalidNumber: "#NUM!",
      divisionByZero: "#DIV/0!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
  };

  // ---------- test hooks ----------
  function bladInfo(naam) {
    const b = zoekBlad(naam);
    if (!b) return null;
    const g = gebruiktBereik(b, false);
    const waarden = [],
      formaten = [],
      vet = [];
    if (g) {
      for (let r = 0; r < g.r + g.rc; r++) {
        const w = [],
          f = [],
          v = [];
        for (let c = 0; c < g.c + g.cc; c++) {
          const x = cel(b, r, c, false);
          w.push(x ? x.v : "");
          f.push(x ? x.nf : "General");
          v.push(!!(x && x.b));
        }
        waarden.push(w);
        formaten.push(f);
        vet.push(v);
      }
    }
    return {
      naam: b.naam,
      waarden,
      formaten,
      vet,
      opmaak: b.cellen.map((rij) => (rij || []).map((x) => (x && x.opmaak) || null)),
      kolombreedtes: Object.assign({}, b.kolombreedtes),
      rijhoogtes: Object.assign({}, b.rijhoogtes),
      afdruk: b.afdruk ? JSON.parse(JSON.stringify(b.afdruk)) : null,
      verborgen: [...b.verborgen].map((r) => r + 1),
      tabellen: werkmap.tabellen
        .filter((t) => t.blad === b)
        .map((t) => ({ naam: t.naam, adres: bereikAdres(tabelBereik(t)), totaalrij: t.totalen, stijl: t.stijl })),
      grafieken: JSON.parse(JSON.stringify(b.grafieken)),
      // The notes by cell, written through Workbook.comments (1.10) or Worksheet.notes (1.18).
      notities: Object.assign({}, b.opmerkingen || {}, b.notities || {}),
    };
  }
  const nep = {
    /** The document settings as last saved (saveAsync), and how often the workbook was recalculated. */
    instellingen() {
      return { opgeslagen: JSON.parse(JSON.stringify(opgeslagenInstellingen)), herberekeningen };
    },
    laadBlad(naam, rijen, opties) {
      opties = opties || {};
      if (zoekBlad(naam)) throw new Error("blad bestaat al: " + naam);
      const b = nieuwBlad(naam);
      rijen.forEach((rij, r) =>
        rij.forEach((v, c) => {
          if (v !== "" && v !== null && v !== undefined) cel(b, r, c, true).v = v;
        }),
      );
      for (const r of opties.verborgen || []) b.verborgen.add(r - 1);
      for (const r of opties.gefilterd || []) b.gefilterd.add(r - 1);
      werkmap.bladen.push(b);
      if (!werkmap.actief) werkmap.actief = naam;
      return b.id;
    },
    laadTabel(bladnaam, naam, adres) {
      const b = zoekBlad(bladnaam);
      const a = leesAdres(adres);
      werkmap.tabellen.push({
        naam,
        blad: b,
        r: a.r,
        c: a.c,
        rc: a.rc,
        cc: a.cc,
        totalen: false,
        stijl: "TableStyleMedium2",
        koppen: true,
      });
    },
    zetCel(bladnaam, adres, v) {
      const a = leesAdres(adres);
      cel(zoekBlad(bladnaam), a.r, a.c, true).v = v;
    },
    zetSelectie(blad, adres) {
      werkmap.selectie = { blad, adres };
      werkmap.actief = blad;
    },
    selecties() {
      return werkmap.selecties.map((x) => Object.assign({}, x));
    },
    zetThema(t) {
      Object.assign(thema, t);
    },
    faalBijVerzoek(n, opties) {
      storing = n === null ? null : { verzoek: verzoekTeller + n, naOperaties: (opties && opties.naOperaties) || 0 };
    },
    zetLimiet(bytes) {
      limiet = bytes;
    },
    zetVertraging(ms) {
      vertraging = ms;
    },
    zetExcelApi(versie) {
      excelApi = versie;
    },
    bladnamen() {
      return werkmap.bladen.map((b) => b.naam);
    },
    blad: bladInfo,
    snapshot() {
      return JSON.stringify({
        bladen: werkmap.bladen.map((b) => ({ b: bladInfo(b.naam), id: b.id })),
        tabellen: werkmap.tabellen.map((t) => [t.naam, t.blad.naam, t.r, t.c, t.rc, t.cc, t.totalen]),
      });
    },
    statistiek() {
      return JSON.parse(JSON.stringify(stat));
    },
    resetStatistiek,
    leegmaken() {
      werkmap.bladen.length = 0;
      werkmap.tabellen.length = 0;
      werkmap.selectie = null;
      werkmap.actief = null;
      werkmap.selecties.length = 0;
      storing = null;
      limiet = 5 * 1024 * 1024;
      vertraging = 0;
      excelApi = STANDAARD_EXCELAPI;
      resetStatistiek();
    },
    adres: { kolomLetters, leesAdres, bereikAdres },
  };

  global.Excel = Excel;
  global.Office = Office;
  global.OfficeExtension = { Error: Error, ErrorCodes: { generalException: "GeneralException" } };
  global.CustomFunctions = CustomFunctions;
  global.__nepExcel = nep;
  if (typeof module !== "undefined" && module.exports) module.exports = nep;
})(typeof window !== "undefined" ? window : globalThis);
