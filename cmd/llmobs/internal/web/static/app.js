// llmobs console: polls the services' JSON APIs and draws tiles, charts
// (hand-written SVG), alerts, search results and pipeline health. No
// dependencies, no build step.
"use strict";

const state = { window: "10s", selected: null, tab: "overview", series: [], firing: [] };
const $ = (sel) => document.querySelector(sel);
const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
const num = (v) => (v === undefined || v === null || v === "" ? NaN : Number(v));

// ---------------------------------------------------------------- access
// With auth on, every API wants a bearer token. The page asks for it once
// and keeps it in sessionStorage (gone when the tab closes), sending it in
// the Authorization header: never in a URL, a cookie or the page.

const TOKEN_KEY = "llmobs.token";
function token() { try { return sessionStorage.getItem(TOKEN_KEY) || ""; } catch { return ""; } }
function setToken(t) {
  try { t ? sessionStorage.setItem(TOKEN_KEY, t) : sessionStorage.removeItem(TOKEN_KEY); } catch { /* storage off: ask again next time */ }
  $("#logout").hidden = !t;
}

function askToken(msg) {
  const box = $("#login");
  if (!box.hidden) return;
  $("#login-msg").textContent = msg;
  box.hidden = false;
  $("#token").focus();
}

$("#login-form").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const t = $("#token").value.trim();
  if (!t) return;
  $("#token").value = "";
  setToken(t);
  $("#login").hidden = true;
  refresh();
});
$("#logout").addEventListener("click", (ev) => { ev.preventDefault(); setToken(""); askToken("Signed out. Enter a token to continue."); });
setToken(token());

async function getJSON(url) {
  const headers = {};
  const t = token();
  if (t) headers.Authorization = "Bearer " + t;
  const r = await fetch(url, { cache: "no-store", headers, credentials: "omit" });
  const body = await r.json().catch(() => ({}));
  if (r.status === 401) {
    setToken("");
    askToken(t ? "That token was not accepted (unknown, or revoked). Enter another." : "This llmobs needs an access token (auth.tokens_file).");
  }
  if (!r.ok) {
    const e = new Error(r.status === 403 ? "the token's roles do not allow this" : body.error || `HTTP ${r.status}`);
    e.status = r.status;
    throw e;
  }
  return body;
}

function fmt(v, unit) {
  v = num(v);
  if (!isFinite(v)) return "–";
  switch (unit) {
    case "ms":
      return v >= 10000 ? (v / 1000).toFixed(1) + " s" : v >= 1000 ? (v / 1000).toFixed(2) + " s" : v.toFixed(v < 10 ? 1 : 0) + " ms";
    case "%":
      return (v * 100).toFixed(v < 0.1 ? 2 : 1) + "%";
    case "$":
      return "$" + (v >= 100 ? v.toFixed(0) : v >= 1 ? v.toFixed(2) : v.toFixed(4));
    case "/s":
      return (v >= 100 ? v.toFixed(0) : v.toFixed(2)) + "/s";
    default:
      return Math.abs(v) >= 1e6 ? (v / 1e6).toFixed(1) + "M" : Math.abs(v) >= 1e4 ? (v / 1e3).toFixed(1) + "k" : v >= 100 ? v.toFixed(0) : v.toFixed(2);
  }
}

function seriesKey(s) { return `${s.service}|${s.model}|${s.operation}|${s.provider}|${s.tenant || ""}`; }

// Windows of a series, oldest first.
function windowsOf(s) {
  return (s.windows || []).slice().reverse().map((w) => ({ ...w, t: num(w.window_start_unix_ms), len: num(w.window_length_ms) }));
}

// ---------------------------------------------------------------- charts

// sparkline: values on a w×18 line, scaled to their range (o.zero: from
// 0, for shares).
function sparkline(values, color, o = {}) {
  const w = o.w || 54, h = 18, v = values.filter((x) => isFinite(x));
  if (v.length < 2) return `<svg width="${w}" height="${h}"></svg>`;
  const lo = o.zero ? 0 : Math.min(...v), hi = Math.max(...v), span = hi - lo || 1;
  const pts = values.map((x, i) => `${((i / (values.length - 1)) * w).toFixed(1)},${(h - 1 - ((isFinite(x) ? x : lo) - lo) / span * (h - 2)).toFixed(1)}`).join(" ");
  return `<svg width="${w}" height="${h}" aria-hidden="true"><polyline style="fill:none;stroke:${color};stroke-width:1.3" points="${pts}"/></svg>`;
}

const COLORS = ["var(--c1)", "var(--c2)", "var(--c3)", "var(--c4)", "var(--c5)"];

// lines: [{name, values: [v per window]}]; ws: the windows (x axis);
// sort: what the chart shows, so a click on a point lists that window's
// calls sorted by it (latency, cost, time).
function chart(title, ws, lines, unit, sort) {
  const W = 420, H = 150, L = 52, R = 8, T = 8, B = 22;
  const all = lines.flatMap((l) => l.values).filter((x) => isFinite(x));
  if (ws.length === 0 || all.length === 0) return `<div class="chart"><h4>${esc(title)}</h4><p class="empty">no data</p></div>`;
  let lo = Math.min(0, ...all), hi = Math.max(...all);
  if (hi === lo) hi = lo + 1;
  const t0 = ws[0].t, t1 = ws[ws.length - 1].t === t0 ? t0 + 1 : ws[ws.length - 1].t;
  const x = (t) => L + ((t - t0) / (t1 - t0)) * (W - L - R);
  const y = (v) => T + (1 - (v - lo) / (hi - lo)) * (H - T - B);
  let svg = `<svg viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="${esc(title)}">`;
  for (let i = 0; i <= 3; i++) {
    const v = lo + ((hi - lo) * i) / 3, yy = y(v);
    svg += `<line x1="${L}" x2="${W - R}" y1="${yy}" y2="${yy}" style="stroke:var(--line)"/><text x="${L - 4}" y="${yy + 3}" text-anchor="end">${esc(fmt(v, unit))}</text>`;
  }
  const tl = (t) => new Date(t).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" });
  svg += `<text x="${L}" y="${H - 6}">${tl(t0)}</text><text x="${W - R}" y="${H - 6}" text-anchor="end">${tl(ws[ws.length - 1].t)}</text>`;
  lines.forEach((l, k) => {
    const c = COLORS[k % COLORS.length];
    const pts = ws.map((w, i) => (isFinite(l.values[i]) ? `${x(w.t).toFixed(1)},${y(l.values[i]).toFixed(1)}` : null)).filter(Boolean).join(" ");
    svg += `<polyline style="fill:none;stroke:${c};stroke-width:1.6" points="${pts}"/>`;
    ws.forEach((w, i) => {
      if (!isFinite(l.values[i])) return;
      const late = num(w.revision) > 1;
      svg += `<circle cx="${x(w.t).toFixed(1)}" cy="${y(l.values[i]).toFixed(1)}" r="${late ? 3.5 : 1.8}" style="fill:${late ? "none" : c};stroke:${c}" class="${late ? "late" : ""}"><title>${esc(l.name)} ${esc(fmt(l.values[i], unit))} at ${tl(w.t)}${late ? ` (revision ${w.revision})` : ""}</title></circle>`;
    });
  });
  // A hit area per window over the whole height: a click lists its calls.
  const step = ws.length > 1 ? (x(ws[ws.length - 1].t) - x(ws[0].t)) / (ws.length - 1) : 12;
  ws.forEach((w) => {
    svg += `<rect class="hit" data-t="${w.t}" data-len="${w.len}" data-sort="${esc(sort || "latency")}" x="${(x(w.t) - step / 2).toFixed(1)}" y="${T}" width="${Math.max(step, 4).toFixed(1)}" height="${H - T - B}"><title>calls of the window at ${tl(w.t)}, by ${esc(sort || "latency")}</title></rect>`;
  });
  svg += "</svg>";
  const legend = lines.map((l, k) => `<span><i style="background:${COLORS[k % COLORS.length]}"></i>${esc(l.name)}</span>`).join("");
  return `<div class="chart"><h4>${esc(title)}</h4>${svg}<div class="legend">${legend}</div></div>`;
}

// ---------------------------------------------------------------- overview

function tileStats(s) {
  const ws = windowsOf(s);
  const recent = ws.slice(-6);
  const secs = recent.reduce((a, w) => a + w.len / 1000, 0) || 1;
  const req = recent.reduce((a, w) => a + num(w.requests), 0);
  const errs = recent.reduce((a, w) => a + num(w.errors), 0);
  const cost = recent.reduce((a, w) => a + num(w.cost?.total), 0);
  const last = ws[ws.length - 1] || {};
  return {
    ws,
    rate: req / secs,
    p99: num(last.latency_p99_ms),
    ttft95: num(last.ttft_p95_ms) > 0 ? num(last.ttft_p95_ms) : NaN, // no streaming data (embeddings)
    errRate: req > 0 ? errs / req : NaN,
    costPerHour: (cost / secs) * 3600,
    ...flagStats(recent),
  };
}

// Safety flags (DESIGN, "Flags"): attacks are prompt_injection and
// jailbreak; rates are over the calls whose text the enricher checked.
const ATTACK_FLAGS = ["prompt_injection", "jailbreak"];
function flagCount(w, name) {
  return (w.flags || []).filter((f) => f.flag === name).reduce((a, f) => a + num(f.count), 0);
}
function flagStats(ws) {
  const scanned = ws.reduce((a, w) => a + num(w.flags_scanned), 0);
  const byFlag = {};
  ws.forEach((w) => (w.flags || []).forEach((f) => { byFlag[f.flag] = (byFlag[f.flag] || 0) + num(f.count); }));
  const attacks = ATTACK_FLAGS.reduce((a, k) => a + (byFlag[k] || 0), 0);
  const detail = Object.keys(byFlag).sort().map((k) => `${k} ${byFlag[k]} (${fmt(scanned > 0 ? byFlag[k] / scanned : NaN, "%")})`).join(", ");
  return { attackRate: scanned > 0 ? attacks / scanned : NaN, flagDetail: detail || "no flags", flagged: byFlag };
}

function renderTiles() {
  const el = $("#tiles");
  if (state.series.length === 0) {
    el.innerHTML = `<p class="empty">Waiting for the first SLI windows (${esc(state.window)})…</p>`;
    return;
  }
  const alerting = new Set(state.firing.map((a) => `${a.labels?.service}|${a.labels?.model}`));
  el.innerHTML = state.series.map((s) => {
    const st = tileStats(s);
    const perWin = st.ws.slice(-30);
    const key = seriesKey(s);
    const cls = ["tile", state.selected === key ? "sel" : "", alerting.has(`${s.service}|${s.model}`) ? "alerting" : ""].join(" ");
    return `<div class="${cls}" data-key="${esc(key)}">
      <h3>${esc(s.service)} · ${esc(s.model || "(no model)")} <small>${esc(s.operation)}${s.provider ? " · " + esc(s.provider) : ""}${s.tenant ? " · tenant " + esc(s.tenant) : ""}</small></h3>
      <div class="kv">
        <div><b class="v-rate">${fmt(st.rate, "/s")}</b><span>requests</span>${sparkline(perWin.map((w) => num(w.requests) / (w.len / 1000)), "var(--c1)")}</div>
        <div><b class="v-p99">${fmt(st.p99, "ms")}</b><span>p99 latency</span>${sparkline(perWin.map((w) => num(w.latency_p99_ms)), "var(--c2)")}</div>
        <div><b>${fmt(st.ttft95, "ms")}</b><span>TTFT p95</span>${sparkline(perWin.map((w) => num(w.ttft_p95_ms)), "var(--c3)")}</div>
        <div><b class="${st.errRate > 0.05 ? "bad" : ""}">${fmt(st.errRate, "%")}</b><span>errors</span>${sparkline(perWin.map((w) => num(w.error_rate)), "var(--c5)")}</div>
        <div><b>${fmt(st.costPerHour, "$")}</b><span>cost / hour</span>${sparkline(perWin.map((w) => num(w.cost?.total)), "var(--c4)")}</div>
        <div class="v-flags" title="${esc(st.flagDetail)}"><b class="${st.attackRate > 0.1 ? "bad" : ""}">${fmt(st.attackRate, "%")}</b><span>attacks</span>${sparkline(perWin.map((w) => ATTACK_FLAGS.reduce((a, k) => a + flagCount(w, k), 0)), "var(--c5)")}</div>
      </div></div>`;
  }).join("");
  el.querySelectorAll(".tile").forEach((t) => t.addEventListener("click", () => { state.selected = t.dataset.key; renderTiles(); renderDetail(); }));
}

function renderDetail() {
  const d = $("#detail");
  const s = state.series.find((x) => seriesKey(x) === state.selected);
  if (!s) { d.hidden = true; return; }
  d.hidden = false;
  $("#detail-title").textContent = `${s.service} · ${s.model} · ${s.operation}${s.provider ? " · " + s.provider : ""}${s.tenant ? " · tenant " + s.tenant : ""} — ${state.window} windows`;
  const ws = windowsOf(s);
  const f = (k) => ws.map((w) => num(w[k]));
  $("#charts").innerHTML = [
    chart("Latency", ws, [{ name: "p50", values: f("latency_p50_ms") }, { name: "p90", values: f("latency_p90_ms") }, { name: "p95", values: f("latency_p95_ms") }, { name: "p99", values: f("latency_p99_ms") }], "ms", "latency"),
    chart("Time to first token", ws, [{ name: "p50", values: f("ttft_p50_ms") }, { name: "p95", values: f("ttft_p95_ms") }, { name: "p99", values: f("ttft_p99_ms") }], "ms", "latency"),
    chart("Time per output token", ws, [{ name: "p50", values: f("tpot_p50_ms") }, { name: "p95", values: f("tpot_p95_ms") }], "ms", "latency"),
    chart("Requests and errors per window", ws, [{ name: "requests", values: f("requests") }, { name: "errors", values: f("errors") }, { name: "late", values: f("late") }], "", "time"),
    chart("Tokens per window", ws, [{ name: "input", values: f("input_tokens") }, { name: "output", values: f("output_tokens") }, { name: "cache read", values: f("cache_read_tokens") }, { name: "reasoning", values: f("reasoning_tokens") }], "", "cost"),
    chart("Cost per window (USD)", ws, [{ name: "total", values: ws.map((w) => num(w.cost?.total)) }, { name: "input", values: ws.map((w) => num(w.cost?.input)) }, { name: "output", values: ws.map((w) => num(w.cost?.output)) }, { name: "GPU", values: ws.map((w) => num(w.cost?.gpu)) }], "$", "cost"),
    chart("GPU utilisation (mean %)", ws, [{ name: "util", values: f("gpu_util_mean") }], "", "cost"),
    chart("GPU energy (J) and GPU-seconds", ws, [{ name: "energy J", values: f("energy_joules") }, { name: "GPU-s", values: f("gpu_seconds") }], "", "cost"),
    flagChart(ws),
    ...evalCharts(ws),
  ].join("");
  $("#charts").querySelectorAll("rect.hit").forEach((r) => r.addEventListener("click", () => {
    const t = num(r.dataset.t), len = num(r.dataset.len);
    const w = ws.find((x) => x.t === t);
    openCalls({ series: s, since: t, until: t + len, sort: r.dataset.sort, exemplars: exemplarIDs(w), why: `${s.service} · ${s.model}, window ${new Date(t).toLocaleTimeString()}–${new Date(t + len).toLocaleTimeString()}` });
  }));
}

// flagChart: the share of checked calls carrying each flag, per window.
function flagChart(ws) {
  const names = [...new Set(ws.flatMap((w) => (w.flags || []).map((f) => f.flag)))].sort();
  const lines = names.map((n) => ({ name: n, values: ws.map((w) => (num(w.flags_scanned) > 0 ? flagCount(w, n) / num(w.flags_scanned) : NaN)) }));
  return chart("Flagged calls (share of checked calls)", ws, lines, "%", "time");
}

// evalCharts: evaluations and user feedback joined to the series' calls
// (SLIWindow.evals, per name), their mean score and low-score share per
// window; none when the series has none. A window revised by evaluations
// that came after it fired shows as a hollow point.
function evalCharts(ws) {
  const names = [...new Set(ws.flatMap((w) => (w.evals || []).map((e) => e.name)))].sort();
  if (names.length === 0) return [];
  const of = (w, n, k) => {
    const e = (w.evals || []).find((x) => x.name === n);
    return e && num(e.scored) > 0 ? num(e[k]) : NaN;
  };
  return [
    chart("Evaluation scores (mean per window)", ws, names.map((n) => ({ name: n, values: ws.map((w) => of(w, n, "mean")) })), "", "time"),
    chart("Low scores (share of scored evaluations)", ws, names.map((n) => ({ name: n, values: ws.map((w) => of(w, n, "low_rate")) })), "%", "time"),
  ];
}

// ---------------------------------------------------------------- alerts

// evidence is the link from an alert to the calls behind it (its
// exemplar annotations), or "" when the alert carries none.
function evidence(a, i, where) {
  const an = a.annotations || {};
  if (!an.exemplar_window) return "";
  const what = { slowest: "slowest calls", error: "failed calls", costliest: "costliest calls", flagged: "flagged calls" }[an.exemplar_kind] || "calls";
  return `<a class="evidence" data-where="${where}" data-i="${i}" title="the calls of the window that raised it">${esc(what)} →</a>`;
}

function alertLine(a, i) {
  const l = a.labels || {}, an = a.annotations || {};
  return `<div class="firing ${esc(l.severity)}" data-alert="${esc(l.alertname)}"><span class="badge">${esc(l.severity || "alert")}</span>
    <b>${esc(l.alertname)}</b> <span>${esc(l.service)} / ${esc(l.model)}</span>
    <span>value ${esc(an.value)} · threshold ${esc(an.threshold)}</span>
    <span class="hint">since ${new Date(a.startsAt).toLocaleTimeString()}</span> <span>${esc(an.summary)}</span> ${evidence(a, i, "firing")}</div>`;
}

// openAlertCalls lists the calls of the window an alert was raised on,
// sorted by what the alert is about, its exemplars marked.
function openAlertCalls(a) {
  const l = a.labels || {}, an = a.annotations || {};
  const [from, to] = String(an.exemplar_window).split("/").map((x) => Date.parse(x));
  const sort = { costliest: "cost", error: "time", flagged: "time" }[an.exemplar_kind] || "latency";
  const s = state.series.find((x) => x.service === l.service && x.model === l.model && (!l.tenant || x.tenant === l.tenant));
  if (s) { state.selected = seriesKey(s); renderTiles(); renderDetail(); }
  showTab("overview");
  openCalls({ series: s || { service: l.service, model: l.model, tenant: l.tenant }, since: from, until: to, sort, errors: an.exemplar_kind === "error",
    exemplars: String(an.exemplar_trace_ids || "").split(",").filter(Boolean), why: `${l.alertname} on ${l.service} · ${l.model}, window ${new Date(from).toLocaleTimeString()}–${new Date(to).toLocaleTimeString()}` });
}

function renderAlerts(active, recent) {
  state.firing = active.filter((a) => a.status === "firing");
  state.recent = recent;
  $("#alerts-firing").innerHTML = state.firing.map(alertLine).join("");
  const tb = $("#alerts-table tbody");
  if (recent.length === 0) { tb.innerHTML = `<tr><td colspan="10" class="empty">No alert events yet.</td></tr>`; }
  else tb.innerHTML = recent.map((a, i) => {
    const l = a.labels || {}, an = a.annotations || {};
    const ended = a.endsAt && !a.endsAt.startsWith("0001") ? new Date(a.endsAt).toLocaleTimeString() : "";
    return `<tr><td class="st-${esc(a.status)}">${esc(a.status)}</td><td>${esc(l.alertname)}</td><td>${esc(l.severity)}</td><td>${esc(l.service)} / ${esc(l.model)}</td>
      <td>${esc(an.value)}</td><td>${esc(an.threshold)}</td><td>${new Date(a.startsAt).toLocaleString()}</td><td>${ended}</td><td>${esc(an.summary)}</td><td>${evidence(a, i, "recent")}</td></tr>`;
  }).join("");
  document.querySelectorAll("a.evidence").forEach((el) => el.addEventListener("click", (ev) => {
    ev.preventDefault();
    openAlertCalls((el.dataset.where === "firing" ? state.firing : state.recent)[num(el.dataset.i)]);
  }));
}

// ---------------------------------------------------------------- calls

// exemplarIDs: the hex trace IDs of a window's exemplars (/api/slis
// writes them in hex, as /api/calls and the alerts do).
function exemplarIDs(w) { return (w?.exemplars || []).map((e) => e.trace_id).filter(Boolean); }

// openCalls lists calls (GET /api/calls) of one series in [since, until)
// sorted by sort; o.exemplars (trace IDs) are marked.
async function openCalls(o) {
  state.calls = o;
  const s = o.series || {};
  const p = new URLSearchParams({ sort: o.sort || "latency", limit: "25" });
  for (const k of ["service", "model", "operation", "provider", "tenant"]) if (s[k]) p.set(k, s[k]);
  if (o.since) p.set("since", new Date(o.since).toISOString());
  if (o.until) p.set("until", new Date(o.until).toISOString());
  if (o.errors) p.set("status", "error");
  o.params = p;
  $("#drill").hidden = false;
  $("#call").hidden = true;
  $("#calls-title").textContent = `Calls — ${o.why || ""}, by ${o.sort === "time" ? "time (latest first)" : o.sort}${o.errors ? ", errors" : ""}`;
  $("#calls-api").textContent = "/api/calls?" + p.toString();
  $("#calls-body").innerHTML = `<tr><td colspan="11" class="hint">loading…</td></tr>`;
  await loadCalls(p, false);
  $("#drill").scrollIntoView({ block: "start" });
}

async function loadCalls(p, append) {
  const tb = $("#calls-body");
  let r;
  try { r = await getJSON("/api/calls?" + p.toString()); } catch (e) {
    tb.innerHTML = `<tr><td colspan="11" class="bad">${esc(e.status === 404 ? "this deployment serves no /api/calls (aggregator not running?)" : e.message)}</td></tr>`;
    return;
  }
  const ex = new Set(state.calls?.exemplars || []);
  const rows = r.calls.map((c) => `<tr class="call${c.status === "error" ? " err" : ""}" data-trace="${esc(c.trace_id)}" data-span="${esc(c.span_id)}">
    <td>${new Date(c.end_time).toLocaleTimeString()}</td><td class="lat">${fmt(c.latency_ms, "ms")}</td><td>${c.ttft_ms === undefined ? "–" : fmt(c.ttft_ms, "ms")}</td>
    <td>${c.tpot_ms === undefined ? "–" : fmt(c.tpot_ms, "ms")}</td><td>${c.tokens.input} / ${c.tokens.output}</td><td>${fmt(c.cost.total, "$")}</td>
    <td>${esc(c.gpu.method)}${c.gpu.gpu_seconds > 0 ? " · " + fmt(c.gpu.gpu_seconds) + " GPU-s" : ""}</td><td class="${c.status === "error" ? "bad" : ""}">${esc(c.status)}</td>
    <td>${c.flags.map((f) => `<span class="flag">${esc(f)}</span>`).join(" ")}</td><td>${esc(c.model)}</td>
    <td><code>${esc(c.trace_id.slice(0, 12))}…</code>${ex.has(c.trace_id) ? ` <span class="ex" title="one of the window's exemplars">★</span>` : ""}</td></tr>`).join("");
  if (append) tb.insertAdjacentHTML("beforeend", rows); else tb.innerHTML = rows || `<tr><td colspan="11" class="empty">No calls held for this window (older than what the store keeps, or every call of it was summarised by ingest under load).</td></tr>`;
  tb.querySelectorAll("tr.call").forEach((tr) => { tr.onclick = () => openCall(tr.dataset.trace, tr.dataset.span); });
  const more = $("#calls-more");
  more.hidden = r.next_offset === undefined;
  more.onclick = () => { p.set("offset", String(r.next_offset)); loadCalls(p, true); };
  $("#calls-source").textContent = `from ${r.source === "clickhouse" ? "ClickHouse (llm_spans)" : "the aggregator's store of recent calls"}`;
}

// traceLink fills the configured trace-URL template (GET /api/console).
function traceLink(c) {
  const tpl = state.console?.trace_url;
  if (!tpl) return "";
  const url = tpl.replaceAll("{trace_id}", encodeURIComponent(c.trace_id)).replaceAll("{span_id}", encodeURIComponent(c.span_id))
    .replaceAll("{start_unix_ms}", String(Date.parse(c.start_time) - 60000)).replaceAll("{end_unix_ms}", String(Date.parse(c.end_time) + 60000));
  return `<a class="trace-link" href="${esc(url)}" target="_blank" rel="noopener noreferrer">open the trace ↗</a>`;
}

// openCall shows one call and its trace (GET /api/traces/{id}) as a
// waterfall: a bar per span on the trace's time axis, nested by parent.
async function openCall(traceID, spanID) {
  const box = $("#call");
  box.hidden = false;
  $("#call-body").innerHTML = `<p class="hint">loading trace ${esc(traceID)}…</p>`;
  let t;
  try { t = await getJSON("/api/traces/" + encodeURIComponent(traceID)); } catch (e) {
    $("#call-body").innerHTML = `<p class="bad">${esc(e.message)}</p>`;
    return;
  }
  const spans = t.spans;
  const c = spans.find((x) => x.span_id === spanID) || spans.find((x) => x.class === "llm") || spans[0];
  const t0 = Math.min(...spans.map((x) => Date.parse(x.start_time)));
  const t1 = Math.max(...spans.map((x) => Date.parse(x.start_time) + x.latency_ms));
  const total = Math.max(t1 - t0, 1);
  const ids = new Set(spans.map((x) => x.span_id));
  const depth = (x, n = 0) => { const p = spans.find((y) => y.span_id === x.parent_span_id); return p && n < 32 ? depth(p, n + 1) : n; };
  const wf = spans.map((x) => {
    const start = Date.parse(x.start_time) - t0;
    const left = (start / total) * 100, width = Math.max((x.latency_ms / total) * 100, 0.3);
    const orphan = x.parent_span_id && !ids.has(x.parent_span_id);
    return `<div class="wf-row${x.span_id === c.span_id ? " sel" : ""}" data-span="${esc(x.span_id)}">
      <div class="wf-label" style="padding-left:${depth(x) * 14}px" title="${esc(x.name)}">${esc(x.service)} · ${esc(x.name || x.class)}${orphan ? ' <span class="hint">(parent not held)</span>' : ""}</div>
      <div class="wf-track"><div class="wf-bar c-${esc(x.class)}${x.status === "error" ? " err" : ""}" style="left:${left.toFixed(2)}%;width:${width.toFixed(2)}%"></div></div>
      <div class="wf-dur">${fmt(x.latency_ms, "ms")}</div></div>`;
  }).join("");
  const kv = (k, v) => `<div><span>${esc(k)}</span><b>${v}</b></div>`;
  $("#call-title").textContent = `${c.service} · ${c.model || c.name} — ${fmt(c.latency_ms, "ms")}${c.status === "error" ? " · error" : ""}`;
  $("#call-body").innerHTML = `
    <div class="call-kv">
      ${kv("trace", `<code>${esc(c.trace_id)}</code>`)}${kv("span", `<code>${esc(c.span_id)}</code>`)}${kv("ended", esc(new Date(c.end_time).toLocaleString()))}
      ${kv("latency", fmt(c.latency_ms, "ms"))}${kv("TTFT", c.ttft_ms === undefined ? "–" : fmt(c.ttft_ms, "ms"))}${kv("per output token", c.tpot_ms === undefined ? "–" : fmt(c.tpot_ms, "ms"))}
      ${kv("tokens in / out", `${c.tokens.input} / ${c.tokens.output}`)}${kv("cache read / write", `${c.tokens.cache_read} / ${c.tokens.cache_write}`)}${kv("reasoning", c.tokens.reasoning)}
      ${kv("cost", `${fmt(c.cost.total, "$")} <small>(in ${fmt(c.cost.input, "$")}, out ${fmt(c.cost.output, "$")}, cache ${fmt(c.cost.cache_read + c.cost.cache_write, "$")}, GPU ${fmt(c.cost.gpu, "$")})</small>`)}
      ${kv("GPU join", `${esc(c.gpu.method)}${c.gpu.host ? " · " + esc(c.gpu.host) : ""}${c.gpu.gpu_model ? " · " + esc(c.gpu.gpu_model) : ""}`)}${kv("GPU-seconds", fmt(c.gpu.gpu_seconds))}
      ${kv("status", `${esc(c.status)}${c.error_type ? " · " + esc(c.error_type) : ""}${c.status_message ? " · " + esc(c.status_message) : ""}`)}${kv("tenant", esc(c.tenant))}
      ${kv("flags", c.flags.length ? c.flags.map((f) => `<span class="flag">${esc(f)}</span>`).join(" ") : "none")}
    </div>
    <p>${traceLink(c)}</p>
    <h4>Trace — ${spans.length} spans, ${fmt(total, "ms")}${t.truncated ? " (first spans only)" : ""}</h4>
    <div id="waterfall" class="waterfall">${wf}</div>
    ${c.bodies_hidden ? `<p class="hint">Prompt and completion need a token with the search role.</p>` : `
    <h4>Prompt${c.bodies_truncated ? " (cut)" : ""}</h4><pre class="body">${esc(c.prompt) || '<span class="hint">not kept (bodies dropped under load, or none)</span>'}</pre>
    <h4>Completion</h4><pre class="body">${esc(c.completion) || '<span class="hint">not kept</span>'}</pre>`}`;
  $("#waterfall").querySelectorAll(".wf-row").forEach((row) => row.addEventListener("click", () => openCall(traceID, row.dataset.span)));
  box.scrollIntoView({ block: "start" });
}

// ---------------------------------------------------------------- pipeline

function renderPipeline(p) {
  const rows = Object.keys(p.services || {}).sort().map((name) => {
    const s = p.services[name];
    const tp = Object.entries(s.throughput || {}).map(([k, v]) => `${esc(k)} <b>${fmt(v)}</b>`).join("<br>");
    const dlq = Object.entries(s.dlq || {}).filter(([, v]) => v > 0).map(([k, v]) => `${esc(k)} <b>${fmt(v)}</b>`).join("<br>") || "0";
    const g = Object.entries(s.gauges || {}).map(([k, v]) => `${esc(k)} <b>${fmt(v)}</b>`).join("<br>");
    const wd = s.watermark_delay_seconds === undefined ? "–" : fmt(s.watermark_delay_seconds * 1000, "ms");
    return `<tr data-service="${esc(name)}"><td>${esc(name)}</td><td>${tp}</td><td>${fmt(s.lag)}</td><td>${wd}</td><td>${dlq}</td><td>${g}</td></tr>`;
  });
  $("#pipeline-table tbody").innerHTML = rows.join("");
}

// ---------------------------------------------------------------- search

async function runSearch(params) {
  const out = $("#search-results");
  out.innerHTML = `<p class="hint">searching…</p>`;
  try {
    const r = await getJSON("/api/search?" + params.toString());
    if (r.results.length === 0) { out.innerHTML = `<p class="empty">No matching prompts.</p>`; return; }
    out.innerHTML = `<p class="hint">${r.results.length} results in ${r.took_ms.toFixed(1)} ms</p>` + r.results.map((x) => `
      <div class="result"><div class="prompt">${esc(x.prompt)}</div>
      <div class="meta"><span class="score">${x.score.toFixed(3)}</span><span>${esc(x.service)}</span><span>${esc(x.model)}</span>
      <span>${fmt(x.latency_ms, "ms")}</span><span class="${x.error ? "bad" : ""}">${x.error ? "error" : "ok"}</span><span>${fmt(x.cost_usd, "$")}</span>
      <span>×${x.hits}</span><span>${new Date(x.time).toLocaleString()}</span><span>trace <code>${esc(x.trace_id)}</code></span>
      ${(x.flags || []).map((f) => `<span class="flag">${esc(f)}</span>`).join("")}
      <a data-like="${esc(x.trace_id)}">more like this</a></div></div>`).join("");
    out.querySelectorAll("a[data-like]").forEach((a) => a.addEventListener("click", () => runSearch(new URLSearchParams({ like: a.dataset.like }))));
  } catch (e) {
    out.innerHTML = e.status === 404 && !params.get("like") ? `<p class="empty">Search is not available (the embedder is not running).</p>`
      : e.status === 403 ? `<p class="bad">Searching prompts needs a token with the search role.</p>` : `<p class="bad">${esc(e.message)}</p>`;
  }
}

$("#search-form").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const p = new URLSearchParams();
  for (const [k, v] of new FormData(ev.target)) if (String(v).trim() !== "") p.set(k, String(v).trim());
  runSearch(p);
});

// ---------------------------------------------------------------- topics

// The embedder's topics (GET /api/topics): what users ask about (and,
// with outputs.enabled, what the model answers), per tenant/service, with
// their share of the service's prompts over the surge window, its history
// (a sparkline), the first redacted examples, the warm-up and the latest
// surge changes. Fetched while the tab is shown.
const TOPIC_KINDS = [{ kind: "prompt", title: "Prompts", alert: "LLMNovelPromptSurge" }, { kind: "output", title: "Completions", alert: "LLMNovelOutputSurge" }];
state.topics = {}; // the latest GET /api/topics per kind
state.topicOpen = new Set(); // expanded topics (kind|topic id)
state.topicSeen = {}; // shares seen by this page per topic, for an embedder without history

async function loadTopics() {
  const el = $("#topics");
  let res;
  try {
    // Completions' topics are a bonus: an embedder without them (older)
    // still shows the prompts'.
    res = await Promise.all(TOPIC_KINDS.map((k, i) => getJSON("/api/topics?kind=" + k.kind).catch((e) => { if (i === 0) throw e; return null; })));
  } catch (e) {
    el.innerHTML = e.status === 404 ? `<p class="empty">Topics are not available (the embedder is not running).</p>`
      : e.status === 403 ? `<p class="bad">Topics show prompts: they need a token with the search role.</p>` : `<p class="bad">${esc(e.message)}</p>`;
    return;
  }
  TOPIC_KINDS.forEach((k, i) => { state.topics[k.kind] = res[i]; });
  state.topicsAt = Date.now();
  const live = new Set(TOPIC_KINDS.flatMap((k, i) => (res[i]?.topics || []).map((t) => `${k.kind}|${t.id}`)));
  for (const key of Object.keys(state.topicSeen)) if (!live.has(key)) delete state.topicSeen[key];
  renderTopics();
}

// topicHistory: the embedder's share series, else the shares this page
// saw at its refreshes (at most 30).
function topicHistory(kind, t) {
  const key = `${kind}|${t.id}`;
  const seen = (state.topicSeen[key] ||= []);
  if (seen.at(-1)?.at !== state.topicsAt) seen.push({ at: state.topicsAt, share: num(t.share) });
  if (seen.length > 30) seen.shift();
  return (t.history || []).length >= 2 ? t.history.map(num) : seen.map((x) => x.share);
}

function topicLabel(t) { return (t.examples || [])[0] || t.id; }

function renderTopics() {
  const parts = [];
  const surges = [];
  for (const k of TOPIC_KINDS) {
    const r = state.topics[k.kind];
    if (!r) continue;
    const topics = r.topics || [], warm = r.warm || {};
    // Completions only where outputs are enabled (the detector saw some).
    if (k.kind === "output" && topics.length === 0 && Object.keys(warm).length === 0) continue;
    const groups = new Map();
    for (const w of Object.keys(warm).sort()) groups.set(w, []);
    for (const t of topics) {
      const g = `${t.tenant || ""}|${t.service}`;
      if (!groups.has(g)) groups.set(g, []);
      groups.get(g).push(t);
    }
    const byID = new Map(topics.map((t) => [t.id, t]));
    (r.surges || []).slice(0, 8).forEach((sg) => surges.push({ ...sg, k, label: topicLabel(byID.get(sg.topic) || { id: sg.topic, examples: sg.examples }), now: byID.get(sg.topic)?.surging }));
    // Surging services first, then the busiest.
    const order = [...groups.entries()].sort(([ga, ta], [gb, tb]) => (tb.some((t) => t.surging) - ta.some((t) => t.surging)) || (num(warm[gb]?.prompts) || 0) - (num(warm[ga]?.prompts) || 0) || ga.localeCompare(gb));
    const cards = order.map(([g, ts]) => topicGroup(k, g, warm[g], ts));
    parts.push(`<h3 class="topic-kind">${esc(k.title)} <small>${topics.length} topics · surges raise ${esc(k.alert)}</small></h3>` +
      (cards.length ? `<div class="topic-groups">${cards.join("")}</div>` : `<p class="empty">No ${k.kind === "output" ? "completions" : "prompts"} seen yet.</p>`));
  }
  $("#topic-surges").innerHTML = surges.length === 0 ? "" : `<h3 class="topic-kind">Recent surge changes</h3>` + surges.sort((a, b) => Date.parse(b.at) - Date.parse(a.at)).map((sg) => `
    <div class="surge ${sg.started ? (sg.now ? "on" : "past") : "ended"}" data-topic="${esc(sg.topic)}">
      <span class="badge">${sg.started ? "surge started" : "surge ended"}</span>
      <b>${esc(sg.service)}</b>${sg.tenant ? ` <span class="hint">tenant ${esc(sg.tenant)}</span>` : ""} <span class="hint">${esc(sg.k.title.toLowerCase())}</span>
      <span>“${esc(sg.label)}”</span> <span>share ${fmt(sg.share, "%")}</span>
      <span class="hint">at ${new Date(sg.at).toLocaleTimeString()}${sg.now ? " · surging now" : ""}</span>
      <span class="hint ex-list" title="${esc((sg.examples || []).join("\n"))}">${esc((sg.examples || []).slice(0, 2).join(" · "))}</span></div>`).join("");
  $("#topics").innerHTML = parts.join("") || `<p class="empty">No topics yet.</p>`;
  $("#topics").querySelectorAll("tr.topic").forEach((tr) => tr.addEventListener("click", () => {
    const key = tr.dataset.key;
    state.topicOpen.has(key) ? state.topicOpen.delete(key) : state.topicOpen.add(key);
    renderTopics();
  }));
}

// topicGroup: one tenant/service's warm-up and topics (the 8 most
// active; a click on a topic shows its examples).
function topicGroup(k, g, w, ts) {
  const [tenant, service] = g.split("|");
  const warm = !w ? "" : w.warm ? `<span class="warm ok" title="past the warm-up: novelty flags and surges count">warm · ${w.prompts} seen</span>`
    : `<span class="warm cold" title="before the warm-up nothing is flagged novel and nothing surges">warming up · ${w.prompts} seen</span>`;
  const surging = ts.some((t) => t.surging);
  const rows = ts.slice(0, 8).map((t) => {
    const key = `${k.kind}|${t.id}`, open = state.topicOpen.has(key);
    const ex = (t.examples || []).join("\n");
    const badge = t.surging ? `<span class="surging-badge" title="surging since ${new Date(t.since).toLocaleString()}">surging</span>` : "";
    const row = `<tr class="topic${t.surging ? " surging" : ""}${open ? " open" : ""}" data-key="${esc(key)}" data-topic="${esc(t.id)}">
      <td class="topic-label" title="${esc(ex)}">${esc(topicLabel(t))}</td>
      <td><b>${fmt(t.share, "%")}</b></td><td class="spark">${sparkline(topicHistory(k.kind, t), t.surging ? "var(--warn)" : "var(--c1)", { w: 80, zero: true })}</td>
      <td>${t.new ? "–" : fmt(t.baseline_share, "%")}</td><td>${t.new ? "new" : "×" + num(t.growth).toFixed(1)}</td>
      <td>${num(t.recent).toLocaleString()} / ${num(t.size).toLocaleString()}</td><td>${badge}</td></tr>`;
    if (!open) return row;
    const list = (xs) => (xs || []).map((x) => `<li>${esc(x)}</li>`).join("");
    return row + `<tr class="topic-ex"><td colspan="7">
      <div><span class="hint">first ${k.kind === "output" ? "completions" : "prompts"} (redacted)</span><ul>${list(t.examples)}</ul></div>
      ${(t.joined || []).length ? `<div><span class="hint">most novel of the surge window</span><ul>${list(t.joined)}</ul></div>` : ""}
      <div class="hint">topic <code>${esc(t.id)}</code> · created ${new Date(t.created).toLocaleTimeString()} · last ${new Date(t.last).toLocaleTimeString()}</div></td></tr>`;
  }).join("");
  return `<div class="topic-group${surging ? " surging" : ""}" data-group="${esc(g)}">
    <h3>${esc(service)}${tenant ? ` <small>tenant ${esc(tenant)}</small>` : ""} ${warm}</h3>
    ${ts.length === 0 ? `<p class="empty">no topics yet</p>` : `<table class="grid topics-table">
      <thead><tr><th>topic (hover or click: examples)</th><th>share</th><th>share over time</th><th>baseline</th><th>growth</th><th>recent / all</th><th></th></tr></thead>
      <tbody>${rows}</tbody></table>${ts.length > 8 ? `<p class="hint">${ts.length - 8} less active topics not shown</p>` : ""}`}</div>`;
}

// ---------------------------------------------------------------- wiring

function showTab(tab) {
  state.tab = tab;
  document.querySelectorAll("nav a").forEach((a) => a.classList.toggle("active", a.dataset.tab === tab));
  document.querySelectorAll(".tab").forEach((s) => (s.hidden = s.id !== "tab-" + tab));
  if (tab === "topics") loadTopics();
}
document.querySelectorAll("nav a").forEach((a) => a.addEventListener("click", () => showTab(a.dataset.tab)));
window.addEventListener("hashchange", () => showTab((location.hash || "#overview").slice(1)));
showTab((location.hash || "#overview").slice(1));
document.querySelectorAll(".window-switch button").forEach((b) => b.addEventListener("click", () => {
  state.window = b.dataset.window;
  document.querySelectorAll(".window-switch button").forEach((x) => x.classList.toggle("on", x === b));
  refresh();
}));
$("#detail-close").addEventListener("click", () => { state.selected = null; renderTiles(); renderDetail(); });
$("#drill-close").addEventListener("click", () => { $("#drill").hidden = true; state.calls = null; });
$("#call-close").addEventListener("click", () => { $("#call").hidden = true; });

async function refresh() {
  if (!state.console) state.console = await getJSON("/api/console").catch(() => null);
  const status = $("#status");
  const errors = [];
  const [slis, active, recent, pipe] = await Promise.all([
    getJSON(`/api/slis?window=${encodeURIComponent(state.window)}&limit=60`).catch((e) => (errors.push("SLIs: " + e.message), null)),
    getJSON("/api/alerts").catch((e) => (errors.push("alerts: " + e.message), null)),
    getJSON("/api/alerts/recent").catch(() => null),
    getJSON("/api/pipeline").catch((e) => (errors.push("pipeline: " + e.message), null)),
  ]);
  if (slis) { state.series = slis.series || []; renderTiles(); renderDetail(); }
  if (active) renderAlerts(active, recent || active);
  if (pipe) renderPipeline(pipe);
  if (state.tab === "topics") await loadTopics();
  status.textContent = errors.length ? errors.join(" · ") : `updated ${new Date().toLocaleTimeString()}`;
  status.classList.toggle("err", errors.length > 0);
}
refresh();
setInterval(refresh, 3000);
