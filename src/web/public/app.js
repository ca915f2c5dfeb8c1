// The chat page's behaviour. The server renders every answer (src/web/render.ts) and escapes all
// document and question text there; this script only sends questions, inserts the rendered HTML,
// keeps the conversation's previous question, and switches interface text to the answer's language.
"use strict";

const UI = JSON.parse(document.getElementById("ui-text").textContent);
const form = document.getElementById("ask-form");
const input = document.getElementById("question");
const askButton = document.getElementById("ask-button");
const conversation = document.getElementById("conversation");
const formStatus = document.getElementById("form-status");
const newConversation = document.getElementById("new-conversation");

let language = document.documentElement.lang === "en" ? "en" : "sv";
// The standalone form of the last answered question, so "och i Gävle?" is understood.
let previousQuestion = null;
let busy = false;

function setLanguage(next) {
  if (!UI[next] || next === language) return;
  language = next;
  document.documentElement.lang = next;
  for (const el of document.querySelectorAll("[data-t]")) el.textContent = UI[next][el.dataset.t];
  for (const el of document.querySelectorAll("[data-t-placeholder]")) el.placeholder = UI[next][el.dataset.tPlaceholder];
}

function pendingTurn(question) {
  const turn = document.createElement("article");
  turn.className = "turn pending";
  const heading = document.createElement("h3");
  heading.className = "question";
  heading.textContent = question;
  const note = document.createElement("p");
  note.className = "thinking";
  note.textContent = UI[language].thinking;
  turn.append(heading, note);
  conversation.append(turn);
  turn.scrollIntoView({ block: "nearest" });
  return turn;
}

function showAnswer(turn, html) {
  const template = document.createElement("template");
  template.innerHTML = html;
  const answer = template.content.firstElementChild;
  turn.replaceWith(answer);
  answer.scrollIntoView({ block: "start", behavior: "smooth" });
}

function showError(turn, message) {
  turn.classList.remove("pending");
  turn.classList.add("failed");
  const note = turn.querySelector(".thinking");
  note.className = "error";
  note.textContent = `${UI[language].error} ${message}`;
}

async function postQuestion(question) {
  const response = await fetch("/api/ask", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(previousQuestion ? { question, previousQuestion } : { question }),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error || `${response.status} ${response.statusText}`);
  return body;
}

async function ask(text, { fresh = false } = {}) {
  const question = text.trim();
  if (!question) {
    formStatus.textContent = UI[language].emptyQuestion;
    input.focus();
    return;
  }
  if (busy) return;
  busy = true;
  askButton.disabled = true;
  formStatus.textContent = "";
  if (fresh) previousQuestion = null;
  const turn = pendingTurn(question);
  input.value = "";
  try {
    const answer = await postQuestion(question);
    previousQuestion = answer.question;
    setLanguage(answer.language);
    showAnswer(turn, answer.html);
    newConversation.hidden = false;
  } catch (error) {
    showError(turn, error instanceof TypeError ? UI[language].networkError : error.message);
    input.value = question;
  } finally {
    busy = false;
    askButton.disabled = false;
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  ask(input.value);
});

// Enter sends; Shift+Enter starts a new line; Enter while an input method composes a word does neither.
input.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    form.requestSubmit();
  }
});

for (const button of document.querySelectorAll(".example")) {
  button.addEventListener("click", () => ask(button.dataset.question, { fresh: true }));
}

newConversation.addEventListener("click", () => {
  previousQuestion = null;
  conversation.replaceChildren();
  newConversation.hidden = true;
  formStatus.textContent = "";
  input.focus();
});
