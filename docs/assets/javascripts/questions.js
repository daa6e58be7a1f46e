// Self-check questions at the end of a lesson page (hooks/questions.py writes them).
// Adds a "Check" button to each question and answers in place with the explanations the
// page carries in <template data-why="…"> and in its "Answer" block. judge() is the same rule as
// snippets.questions.judge (tests/test_questions.py runs both on the same answers).
(function (root) {
  "use strict";

  const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

  // A number typed in either language ("0,25", "0.25", "−3", "1e-3"), or null.
  function parseNumber(answer) {
    const cleaned = String(answer).replace(/\s+/g, "").replace(/\u2212/g, "-").replace(/,/g, ".");
    return NUMBER.test(cleaned) ? parseFloat(cleaned) : null;
  }

  // q: {kind, right, answer, tolerance, mistakes}; answer: index, array of indices or text.
  // Returns [verdict, detail] as snippets.questions.judge does.
  function judge(q, answer) {
    if (q.kind === "multiple") {
      const chosen = [...new Set(answer || [])].sort((a, b) => a - b);
      if (!chosen.length) return ["choose_some", null];
      const right = new Set(q.right);
      const wrong = chosen.filter((i) => !right.has(i));
      if (!wrong.length && chosen.length === right.size) return ["correct", null];
      return ["wrong", wrong.length ? wrong[0] : -1];
    }
    if (q.kind === "choice") {
      if (answer === null || answer === undefined) return ["choose", null];
      return [q.right.includes(answer) ? "correct" : "wrong", answer];
    }
    const value = parseNumber(answer || "");
    if (value === null) return ["number", null];
    if (Math.abs(value - q.answer) <= q.tolerance) return ["correct", null];
    const i = q.mistakes.findIndex((m) => Math.abs(value - m) <= q.tolerance);
    return ["wrong", i >= 0 ? i : -1];
  }

  function data(question) {
    const d = question.dataset;
    return {
      kind: d.kind,
      right: d.right ? JSON.parse(d.right) : [],
      answer: d.answer !== undefined ? Number(d.answer) : null,
      tolerance: d.tolerance !== undefined ? Number(d.tolerance) : 0,
      mistakes: d.mistakes ? JSON.parse(d.mistakes) : [],
    };
  }

  function readAnswer(question, q) {
    if (q.kind === "number") return question.querySelector("input").value;
    const ticked = [...question.querySelectorAll("input:checked")].map((i) => Number(i.value));
    if (q.kind === "multiple") return ticked;
    return ticked.length ? ticked[0] : null;
  }

  // The explanation `key`: a wrong answer's from its <template>, the right answer's from the
  // closed "Answer" block (each is in the page once).
  function why(question, key) {
    const template = question.querySelector(`template[data-why="${key}"]`);
    if (template) return template.content.cloneNode(true);
    const shown = question.querySelector(`.course-quiz__answer [data-why="${key}"]`);
    if (!shown) return null;
    const copy = document.createDocumentFragment();
    for (const child of shown.childNodes) copy.append(child.cloneNode(true));
    return copy;
  }

  function answerQuestion(question, words) {
    const q = data(question);
    const [verdict, detail] = judge(q, readAnswer(question, q));
    const feedback = question.querySelector(".course-quiz__feedback");
    feedback.replaceChildren();
    feedback.dataset.verdict = verdict;
    const head = document.createElement("strong");
    if (verdict === "correct" || verdict === "wrong") {
      head.textContent = words[verdict];
      feedback.append(head);
      let key = detail;
      if (verdict === "correct" && q.kind !== "choice") key = "explanation";
      if (verdict === "wrong" && detail === -1) key = q.kind === "number" ? "hint" : null;
      const more = key === null ? null : why(question, key);
      if (verdict === "wrong" && detail === -1 && q.kind === "multiple") {
        feedback.append(" ", words.missing);
      } else if (more) {
        const span = document.createElement("span");
        span.className = "course-quiz__why";
        span.append(more);
        feedback.append(" ", span);
      }
    } else {
      const example = question.dataset.example;
      feedback.textContent = words[verdict].replace("{example}", example);
    }
  }

  function setUp() {
    for (const quiz of document.querySelectorAll(".course-quiz:not(.course-quiz--ready)")) {
      quiz.classList.add("course-quiz--ready");
      const words = {
        check: quiz.dataset.check,
        correct: quiz.dataset.correct,
        wrong: quiz.dataset.wrong,
        choose: quiz.dataset.choose,
        choose_some: quiz.dataset.chooseSome,
        missing: quiz.dataset.missing,
        number: quiz.dataset.number,
      };
      for (const question of quiz.querySelectorAll(".course-quiz__question")) {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "md-button course-quiz__check";
        button.textContent = words.check;
        button.addEventListener("click", () => answerQuestion(question, words));
        question.querySelector("fieldset").after(button);
        const input = question.querySelector('input[type="text"]');
        if (input) {
          input.addEventListener("keydown", (event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              answerQuestion(question, words);
            }
          });
        }
      }
    }
  }

  root.CourseQuestions = { judge, parseNumber };
  if (typeof document !== "undefined") {
    if (root.document$) root.document$.subscribe(setUp);
    else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
    else setUp();
  }
})(typeof globalThis !== "undefined" ? globalThis : this);
