// The pre-check page: asks one question at a time (the answer's next missing input), shows the decision,
// each reason with its legal basis and what would change it. Plain JavaScript, no build step.
"use strict";

const TEXT = {
  id: {
    title: "Cek kelayakan Kartu Prakerja",
    skip: "Langsung ke pertanyaan",
    intro: "Jawab satu pertanyaan setiap kali. Jawaban diperiksa dengan aturan program Kartu Prakerja.",
    question: "Pertanyaan berikutnya",
    next: "Lanjut",
    done: "Semua pertanyaan sudah dijawab.",
    answers: "Jawaban Anda",
    restart: "Mulai lagi",
    change: "Ubah",
    result: "Hasil",
    api: "API (OpenAPI)",
    none: "Belum ada jawaban.",
    pending: "Belum dapat diputuskan: jawab pertanyaan berikutnya.",
    eligible: "Memenuhi syarat.",
    eligibleSoFar: "Sejauh ini memenuhi syarat. Jawab pertanyaan yang tersisa.",
    refused: "Tidak memenuhi syarat.",
    basis: "Dasar hukum: ",
    cure: "Yang dapat mengubahnya: ",
    wave: "Gelombang {wave}, dihitung pada {date}.",
    required: "Pertanyaan ini wajib dijawab.",
    yes: "Ya",
    no: "Tidak",
    unreachable: "Layanan tidak dapat dihubungi. Coba lagi.",
    fields: {
      nik: ["NIK (Nomor Induk Kependudukan)", "16 angka, seperti pada KTP."],
      familyCardNumber: ["Nomor Kartu Keluarga (KK)", "16 angka, seperti pada Kartu Keluarga."],
      fullName: ["Nama lengkap", "Sesuai KTP."],
      birthDate: ["Tanggal lahir", ""],
      sex: ["Jenis kelamin", ""],
      citizenship: ["Kewarganegaraan", ""],
      workforceCategory: ["Kategori angkatan kerja", ""],
      inFormalEducation: ["Apakah Anda sedang mengikuti pendidikan formal?", ""],
      occupation: ["Pekerjaan", ""],
      socialAssistance: ["Bantuan sosial yang sedang Anda terima", "Pilih semua yang sesuai; kosongkan bila tidak ada."],
      familySocialAssistance: ["Bantuan sosial yang diterima anggota keluarga Anda (satu KK)", "Pilih semua yang sesuai; kosongkan bila tidak ada."],
      priorParticipation: ["Kepesertaan Kartu Prakerja sebelumnya", ""],
      otherFamilyRecipients: ["Berapa anggota keluarga Anda (satu KK) yang sudah menerima Kartu Prakerja?", ""]
    }
  },
  en: {
    title: "Kartu Prakerja eligibility check",
    skip: "Skip to the question",
    intro: "Answer one question at a time. Your answers are checked against the rules of the Kartu Prakerja programme.",
    question: "Next question",
    next: "Next",
    done: "Every question has been answered.",
    answers: "Your answers",
    restart: "Start again",
    change: "Change",
    result: "Result",
    api: "API (OpenAPI)",
    none: "No answers yet.",
    pending: "Not decided yet: answer the next question.",
    eligible: "Eligible.",
    eligibleSoFar: "Eligible so far. Answer the remaining questions.",
    refused: "Not eligible.",
    basis: "Legal basis: ",
    cure: "What would change it: ",
    wave: "Wave {wave}, evaluated on {date}.",
    required: "This question needs an answer.",
    yes: "Yes",
    no: "No",
    unreachable: "The service cannot be reached. Please try again.",
    fields: {
      nik: ["NIK (national identity number)", "16 digits, as on the identity card (KTP)."],
      familyCardNumber: ["Family card number (KK)", "16 digits, as on the family card."],
      fullName: ["Full name", "As on the identity card."],
      birthDate: ["Date of birth", ""],
      sex: ["Sex", ""],
      citizenship: ["Citizenship", ""],
      workforceCategory: ["Workforce category", ""],
      inFormalEducation: ["Are you in formal education?", ""],
      occupation: ["Occupation", ""],
      socialAssistance: ["Social assistance you currently receive", "Select all that apply; leave empty if none."],
      familySocialAssistance: ["Social assistance members of your family (one family card) receive", "Select all that apply; leave empty if none."],
      priorParticipation: ["Earlier Kartu Prakerja participation", ""],
      otherFamilyRecipients: ["How many members of your family (one family card) already received the Kartu Prakerja?", ""]
    }
  }
};

const state = { lang: "id", answers: {}, inputs: {}, asking: null, editing: null };

/** The page's own ?wave= or ?date= (e.g. index.html?wave=16), passed on to the API unchanged. */
const AT = (() => {
  const params = new URLSearchParams(window.location.search);
  const q = new URLSearchParams();
  for (const key of ["wave", "date"]) { if (params.has(key)) { q.set(key, params.get(key)); } }
  const text = q.toString();
  return text ? "?" + text : "";
})();

function t(key) { return TEXT[state.lang][key]; }

/** Runs of nine or more digits masked, first and last four kept, as the library masks them. */
function mask(text) {
  return String(text).replace(/\d{9,}/g, (d) => d.slice(0, 4) + "*".repeat(d.length - 8) + d.slice(-4));
}

function el(tag, attrs, text) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) { e.setAttribute(k, v); }
  if (text !== undefined) { e.textContent = text; }
  return e;
}

async function api(path, options) {
  const response = await fetch(path, Object.assign({ headers: {} }, options, {
    headers: Object.assign({ "Accept-Language": state.lang, "Accept": "application/json" }, (options || {}).headers)
  }));
  return response.json();
}

async function loadInputs() {
  const data = await api("api/v1/inputs" + AT);
  state.inputs = {};
  if (!Array.isArray(data.inputs)) { return; }
  for (const input of data.inputs) { state.inputs[input.field] = input; }
}

/** The answers as an applicant record of the wire format. */
function record() {
  const r = {};
  for (const [field, value] of Object.entries(state.answers)) {
    if (field === "inFormalEducation") { r[field] = value === "true"; }
    else if (field === "otherFamilyRecipients") { r[field] = Number(value); }
    else { r[field] = value; }
  }
  return r;
}

async function refresh() {
  document.body.dataset.busy = "true";
  try { await check(); } finally { document.body.dataset.busy = "false"; }
}

async function check() {
  let answer;
  try {
    answer = await api("api/v1/pre-check" + AT, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(record())
    });
  } catch (e) {
    document.getElementById("field-error").textContent = t("unreachable");
    return;
  }
  if (answer.status !== undefined && answer.eligible === undefined) {
    // an RFC 9457 problem (a bad ?wave= or ?date=): say what the service said, masked
    document.getElementById("field-error").textContent = mask(answer.detail || answer.title);
    return;
  }
  state.last = answer;
  renderResult(answer);
  renderAnswers();
  const next = state.editing || (answer.missingInputs || [])[0] || null;
  renderQuestion(next);
}

function renderQuestion(field) {
  state.asking = field;
  const form = document.getElementById("form");
  const box = document.getElementById("field");
  box.replaceChildren();
  document.getElementById("field-error").textContent = "";
  document.getElementById("done").hidden = field !== null;
  form.hidden = field === null;
  if (field === null) { return; }
  const [label, hint] = t("fields")[field] || [field, ""];
  const input = state.inputs[field] || { type: "text" };
  const id = "input-" + field;
  const hintId = id + "-hint";
  const current = state.answers[field];
  if (input.type === "choices") {
    const fs = el("fieldset", hint ? { "aria-describedby": hintId } : {});
    fs.append(el("legend", {}, label));
    if (hint) { fs.append(el("p", { id: hintId, class: "hint" }, hint)); }
    (input.choices || []).forEach((c, i) => {
      const cid = id + "-" + i;
      const box2 = el("input", { type: "checkbox", id: cid, name: field, value: c.value });
      if (Array.isArray(current) && current.includes(c.value)) { box2.checked = true; }
      const row = el("div");
      row.append(box2, " ", el("label", { for: cid, style: "display:inline;font-weight:normal" }, c.label));
      fs.append(row);
    });
    box.append(fs);
  } else {
    box.append(el("label", { for: id }, label));
    if (hint) { box.append(el("p", { id: hintId, class: "hint" }, hint)); }
    let control;
    if (input.type === "choice" || input.type === "boolean") {
      control = el("select", { id: id, name: field });
      control.append(el("option", { value: "" }, "—"));
      const choices = input.type === "boolean"
        ? [{ value: "true", label: t("yes") }, { value: "false", label: t("no") }]
        : input.choices || [];
      for (const c of choices) { control.append(el("option", { value: c.value }, c.label)); }
    } else if (input.type === "date") {
      control = el("input", { id: id, name: field, type: "date" });
    } else if (input.type === "integer") {
      control = el("input", { id: id, name: field, type: "number", min: "0", step: "1", inputmode: "numeric" });
    } else {
      control = el("input", { id: id, name: field, type: "text", autocomplete: "off" });
      if (field === "nik" || field === "familyCardNumber") { control.setAttribute("inputmode", "numeric"); }
    }
    if (hint) { control.setAttribute("aria-describedby", hintId); }
    control.setAttribute("aria-required", "true");
    if (current !== undefined) { control.value = current; }
    box.append(control);
  }
  const first = box.querySelector("input, select");
  if (first && document.activeElement !== document.getElementById("lang-id")
      && document.activeElement !== document.getElementById("lang-en")) {
    first.focus();
  }
}

function submit(event) {
  event.preventDefault();
  const field = state.asking;
  if (!field) { return; }
  let value;
  if ((state.inputs[field] || {}).type === "choices") {
    value = Array.from(document.querySelectorAll("input[name='" + field + "']:checked")).map((b) => b.value);
  } else {
    value = document.getElementById("input-" + field).value.trim();
    if (value === "") {
      document.getElementById("field-error").textContent = t("required");
      document.getElementById("input-" + field).focus();
      return;
    }
  }
  state.answers[field] = value;
  state.editing = null;
  refresh();
}

function shown(value, field) {
  if (Array.isArray(value)) {
    const labels = value.map((v) => label(field, v));
    return labels.length ? labels.join(", ") : "—";
  }
  if (field === "inFormalEducation") { return value === "true" ? t("yes") : t("no"); }
  return mask(label(field, value));
}

function label(field, value) {
  const input = state.inputs[field];
  const c = input && input.choices ? input.choices.find((x) => x.value === value) : null;
  return c ? c.label : value;
}

function renderAnswers() {
  const list = document.getElementById("answer-list");
  list.replaceChildren();
  const fields = Object.keys(state.answers);
  if (fields.length === 0) { list.append(el("li", {}, t("none"))); return; }
  for (const field of fields) {
    const li = el("li");
    const name = (t("fields")[field] || [field])[0];
    // a question keeps its own question mark: "Apakah …? Tidak", not "…?: Tidak"
    const separator = name.endsWith("?") ? " " : ": ";
    li.append(el("span", {}, name + separator + shown(state.answers[field], field) + " "));
    const b = el("button", { type: "button", "aria-label": t("change") + ": " + name }, t("change"));
    b.addEventListener("click", () => { state.editing = field; renderQuestion(field); });
    li.append(b);
    list.append(li);
  }
}

function renderResult(answer) {
  const decision = document.getElementById("decision");
  const reasons = document.getElementById("reasons");
  reasons.replaceChildren();
  const missing = answer.missingInputs || [];
  const violations = answer.violations || [];
  // a required field not asked yet is the next question, not a reason
  const shownAt = [];
  violations.forEach((v, i) => {
    if (!(v.code === "FIELD_REQUIRED" && missing.includes(v.field))) { shownAt.push(i); }
  });
  let text;
  let kind;
  if (shownAt.length > 0) { text = t("refused"); kind = "refused"; }
  else if (missing.length > 0) { text = answer.eligible ? t("eligibleSoFar") : t("pending"); kind = "pending"; }
  else { text = answer.eligible ? t("eligible") : t("refused"); kind = answer.eligible ? "eligible" : "refused"; }
  decision.textContent = text + " " + t("wave").replace("{wave}", answer.wave).replace("{date}", answer.evaluationDate);
  decision.className = "decision " + kind;
  decision.dataset.state = kind;
  for (const i of shownAt) {
    const v = violations[i];
    const li = el("li", { "data-code": v.code });
    li.append(el("span", { class: "reason" }, mask(v.message || v.code)));
    if (v.legalReference) { li.append(el("span", { class: "basis" }, t("basis") + v.legalReference)); }
    const cure = (answer.whatIf || [])[i];
    if (cure && cure.message) { li.append(el("span", { class: "cure" }, t("cure") + mask(cure.message))); }
    reasons.append(li);
  }
}

function applyLanguage() {
  document.documentElement.lang = state.lang;
  document.title = t("title");
  for (const e of document.querySelectorAll("[data-text]")) { e.textContent = t(e.dataset.text); }
  document.getElementById("lang-id").setAttribute("aria-pressed", String(state.lang === "id"));
  document.getElementById("lang-en").setAttribute("aria-pressed", String(state.lang === "en"));
}

async function switchLanguage(lang) {
  state.lang = lang;
  applyLanguage();
  await loadInputs();
  await refresh();
}

async function start() {
  document.getElementById("form").addEventListener("submit", submit);
  document.getElementById("lang-id").addEventListener("click", () => switchLanguage("id"));
  document.getElementById("lang-en").addEventListener("click", () => switchLanguage("en"));
  document.getElementById("restart").addEventListener("click", () => {
    state.answers = {};
    state.editing = null;
    refresh();
  });
  applyLanguage();
  await loadInputs();
  await refresh();
  document.body.dataset.ready = "true";
}

document.addEventListener("DOMContentLoaded", start);
