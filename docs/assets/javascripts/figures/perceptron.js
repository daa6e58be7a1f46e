// Lesson 3's interactive perceptron: w1, w2 and b over the four points of a logic gate, and
// the perceptron rule one example at a time, with the notebook's trace table.
//
// The arithmetic (CoursePerceptron) has no DOM: tests/test_figures.py runs it in V8 and checks
// it against snippets/perceptron.py; the page part builds the figure inside every
// <div class="course-figure" data-figure="perceptron"> once it scrolls into view. Nothing is
// stored, nothing is fetched.
(function (root) {
  "use strict";

  const GATES = { AND: [0, 0, 0, 1], OR: [0, 1, 1, 1], NAND: [1, 1, 1, 0], XOR: [0, 1, 1, 0] };
  const INPUTS = [[0, 0], [0, 1], [1, 0], [1, 1]];

  const step = (z) => (z >= 0 ? 1 : 0);
  const net = (w, b, x) => w[0] * x[0] + w[1] * x[1] + b;
  const predictions = (w, b) => INPUTS.map((x) => step(net(w, b, x)));
  const accuracy = (w, b, gate) =>
    predictions(w, b).filter((p, i) => p === GATES[gate][i]).length / INPUTS.length;

  // One application of the rule, to example state.next: w ← w + η(y − ŷ)x, b ← b + η(y − ŷ),
  // in the order of operations of snippets.perceptron.Perceptron.fit.
  function learnStep(state, gate, lr) {
    const i = state.next;
    const x = INPUTS[i];
    const y = GATES[gate][i];
    const z = net(state.w, state.b, x);
    const yHat = step(z);
    const update = lr * (y - yHat);
    const w = [state.w[0] + update * x[0], state.w[1] + update * x[1]];
    const b = state.b + update;
    const errors = state.errors + (update !== 0 ? 1 : 0);
    const row = { epoch: state.epoch, x, y, z, yHat, error: y - yHat, w, b };
    const endOfEpoch = i === INPUTS.length - 1;
    return {
      row,
      endOfEpoch,
      epochErrors: errors,
      state: {
        w,
        b,
        next: endOfEpoch ? 0 : i + 1,
        epoch: endOfEpoch ? state.epoch + 1 : state.epoch,
        errors: endOfEpoch ? 0 : errors,
      },
    };
  }

  const start = (w, b) => ({ w: [w[0], w[1]], b, next: 0, epoch: 1, errors: 0 });

  // Whole epochs until one without errors (as Perceptron.fit stops), at most `epochs`.
  function train(gate, w, b, lr, epochs) {
    let state = start(w, b);
    const rows = [];
    const errorsPerEpoch = [];
    while (errorsPerEpoch.length < epochs) {
      const out = learnStep(state, gate, lr);
      rows.push(out.row);
      state = out.state;
      if (out.endOfEpoch) {
        errorsPerEpoch.push(out.epochErrors);
        if (out.epochErrors === 0) break;
      }
    }
    return { rows, errorsPerEpoch, w: state.w, b: state.b };
  }

  // The part of the square [lo, hi]² where w·x + b ≥ 0 (a polygon), and the boundary line
  // inside the square (a segment, or null).
  function halfPlane(w, b, lo, hi) {
    const square = [[lo, lo], [hi, lo], [hi, hi], [lo, hi]];
    const polygon = [];
    for (let k = 0; k < square.length; k++) {
      const p = square[k];
      const q = square[(k + 1) % square.length];
      const zp = net(w, b, p);
      const zq = net(w, b, q);
      if (zp >= 0) polygon.push(p);
      if ((zp >= 0) !== (zq >= 0)) {
        const t = zp / (zp - zq);
        polygon.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
      }
    }
    const crossings = polygon.filter((p) => Math.abs(net(w, b, p)) < 1e-9);
    const segment = crossings.length >= 2 ? [crossings[0], crossings[crossings.length - 1]] : null;
    return { polygon, segment };
  }

  const api = { GATES, INPUTS, step, net, predictions, accuracy, learnStep, start, train, halfPlane };
  root.CoursePerceptron = api;
  if (typeof document === "undefined") return;

  const TEXT = {
    es: {
      title: "Un perceptrón que ajustas a mano",
      gate: "Puerta lógica",
      weights: "Pesos y sesgo",
      status: (right, acc, line) => `Clasifica bien ${right} de 4 puntos (exactitud ${acc}). Frontera: ${line}.`,
      pointLabel: (x, t, p) => `(${x[0]}, ${x[1]}): etiqueta ${t}, predicción ${p}${t === p ? " ✓" : " ✗"}`,
      learn: "Aprender con la regla del perceptrón",
      lr: "Tasa de aprendizaje η",
      oneExample: "Un ejemplo",
      oneEpoch: "Una época",
      untilDone: "Hasta una época sin errores",
      reset: "Volver a w = (0, 0), b = 0",
      epoch: "época",
      noErrors: (n) => `Época ${n} sin errores: la regla se detiene.`,
      stopped: (n) => `Tras ${n} épocas sigue habiendo errores y la figura se detiene. Con XOR nunca habrá una época sin errores; con AND, OR o NAND sí, pero desde aquí hacen falta más de ${n}.`,
      trace: "Tabla ejemplo a ejemplo",
      figure: "Los cuatro puntos de la puerta y la frontera de decisión",
      region: "zona donde ŷ = 1",
    },
    en: {
      title: "A perceptron you adjust by hand",
      gate: "Logic gate",
      weights: "Weights and bias",
      status: (right, acc, line) => `Classifies ${right} of 4 points correctly (accuracy ${acc}). Boundary: ${line}.`,
      pointLabel: (x, t, p) => `(${x[0]}, ${x[1]}): label ${t}, prediction ${p}${t === p ? " ✓" : " ✗"}`,
      learn: "Learn with the perceptron rule",
      lr: "Learning rate η",
      oneExample: "One example",
      oneEpoch: "One epoch",
      untilDone: "Until an epoch without errors",
      reset: "Back to w = (0, 0), b = 0",
      epoch: "epoch",
      noErrors: (n) => `No errors in epoch ${n}: the rule stops.`,
      stopped: (n) => `After ${n} epochs there are still errors, and the figure stops. With XOR there will never be an epoch without errors; with AND, OR or NAND there will, but from here it takes more than ${n}.`,
      trace: "Example-by-example table",
      figure: "The gate's four points and the decision boundary",
      region: "region where ŷ = 1",
    },
  };
  const LO = -0.5;
  const HI = 1.5;
  const MAX_EPOCHS = 20;

  const { element, whenVisible } = root.CourseFigures;

  function build(host) {
    const lang = document.documentElement.lang === "en" ? "en" : "es";
    const t = TEXT[lang];
    const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    const signed = new Intl.NumberFormat(lang, { maximumFractionDigits: 2, signDisplay: "always" });
    const id = `perceptron-${Math.random().toString(36).slice(2, 8)}`;
    let gate = "AND";
    let w = [1, 1];
    let b = -1.5;
    let learner = null;

    const select = element("select", { id: `${id}-gate` });
    for (const name of Object.keys(GATES)) select.append(element("option", { value: name }, [name]));
    const sliders = {};
    const rows = ["w1", "w2", "b"].map((name) => {
      const label = { w1: "w₁", w2: "w₂", b: "b" }[name];
      const range = element("input", {
        type: "range", min: "-3", max: "3", step: "0.1", id: `${id}-${name}`,
      }); // prettier-ignore
      const box = element("input", {
        type: "number", min: "-3", max: "3", step: "0.1", "aria-label": label, inputmode: "decimal",
      }); // prettier-ignore
      sliders[name] = { range, box };
      return element("div", { class: "course-figure__control" }, [
        element("label", { for: `${id}-${name}` }, [label]), range, box,
      ]);
    });
    const svg = element("svg:svg", {
      viewBox: `${LO} ${LO} ${HI - LO} ${HI - LO}`, role: "img", "aria-labelledby": `${id}-svg`,
      class: "course-figure__plot",
    }); // prettier-ignore
    const flip = element("svg:g", { transform: `translate(0 ${LO + HI}) scale(1 -1)` });
    const region = element("svg:polygon", { class: "course-figure__region" });
    const line = element("svg:line", { class: "course-figure__line" });
    const axes = element("svg:path", {
      d: `M${LO} 0H${HI}M0 ${LO}V${HI}`, class: "course-figure__axes",
    }); // prettier-ignore
    const points = INPUTS.map(([x1, x2]) =>
      element("svg:circle", { cx: x1, cy: x2, r: "0.09", class: "course-figure__point" }, [
        element("svg:title"),
      ]),
    );
    flip.append(region, axes, line, ...points);
    svg.append(element("svg:title", { id: `${id}-svg` }, [t.figure]), flip);
    const status = element("p", { class: "course-figure__status", "aria-live": "polite" });
    const pointList = element("ul", { class: "course-figure__points" });

    const lr = element("input", { type: "number", min: "0.1", max: "2", step: "0.1", value: "1", id: `${id}-lr` });
    const buttons = {
      one: element("button", { type: "button", class: "md-button" }, [t.oneExample]),
      epoch: element("button", { type: "button", class: "md-button" }, [t.oneEpoch]),
      done: element("button", { type: "button", class: "md-button" }, [t.untilDone]),
      reset: element("button", { type: "button", class: "md-button" }, [t.reset]),
    };
    const traceBody = element("tbody");
    const traceNote = element("p", { class: "course-figure__status", "aria-live": "polite" });
    const head = ["x₁", "x₂", "y", "z", "ŷ", "y − ŷ", "w₁", "w₂", "b"];
    const trace = element("div", { class: "course-figure__trace", tabindex: "0", role: "region", "aria-label": t.trace }, [
      element("table", { class: "course-figure__table" }, [
        element("caption", {}, [t.trace]),
        element("thead", {}, [element("tr", {}, head.map((h) => element("th", { scope: "col" }, [h])))]),
        traceBody,
      ]),
    ]);

    function lineText() {
      const terms = `${number.format(w[0])}·x₁ ${w[1] < 0 ? "−" : "+"} ${number.format(Math.abs(w[1]))}·x₂`;
      return `${terms} ${b < 0 ? "−" : "+"} ${number.format(Math.abs(b))} = 0`;
    }

    function draw() {
      const { polygon, segment } = halfPlane(w, b, LO, HI);
      region.setAttribute("points", polygon.map((p) => p.join(",")).join(" "));
      line.style.display = segment ? "" : "none";
      if (segment) {
        line.setAttribute("x1", segment[0][0]);
        line.setAttribute("y1", segment[0][1]);
        line.setAttribute("x2", segment[1][0]);
        line.setAttribute("y2", segment[1][1]);
      }
      const predicted = predictions(w, b);
      const labels = [];
      points.forEach((circle, i) => {
        const target = GATES[gate][i];
        circle.classList.toggle("course-figure__point--one", target === 1);
        circle.classList.toggle("course-figure__point--wrong", predicted[i] !== target);
        labels.push(t.pointLabel(INPUTS[i], target, predicted[i]));
        circle.firstChild.textContent = labels[i];
      });
      pointList.replaceChildren(...labels.map((text) => element("li", {}, [text])));
      const right = predicted.filter((p, i) => p === GATES[gate][i]).length;
      status.textContent = t.status(right, number.format(accuracy(w, b, gate)), lineText());
      for (const [name, value] of Object.entries({ w1: w[0], w2: w[1], b })) {
        sliders[name].range.value = String(value);
        sliders[name].box.value = String(Math.round(value * 100) / 100);
      }
    }

    function setFromControls(name, value) {
      const v = Number(value);
      if (!Number.isFinite(v)) return;
      if (name === "b") b = v;
      else w[name === "w1" ? 0 : 1] = v;
      learner = null;
      draw();
    }

    function addRow(row) {
      const cells = [
        row.x[0], row.x[1], row.y, signed.format(row.z), row.yHat, signed.format(row.error),
        number.format(row.w[0]), number.format(row.w[1]), number.format(row.b),
      ]; // prettier-ignore
      if (row.x[0] === 0 && row.x[1] === 0) {
        const cell = element("th", { colspan: String(head.length), scope: "rowgroup" }, [`${t.epoch} ${row.epoch}`]);
        traceBody.append(element("tr", { class: "course-figure__epoch" }, [cell]));
      }
      traceBody.append(element("tr", {}, cells.map((c) => element("td", {}, [String(c)]))));
    }

    // Up to `count` applications of the rule; it stops after an epoch without errors, or after
    // MAX_EPOCHS epochs (XOR never has one).
    function learn(count) {
      const rate = Number(lr.value);
      if (!(rate > 0)) return;
      if (!learner) {
        learner = start(w, b);
        traceBody.replaceChildren();
        traceNote.textContent = "";
      }
      for (let k = 0; k < count && !learner.done; k++) {
        const out = learnStep(learner, gate, rate);
        learner = out.state;
        addRow(out.row);
        if (out.endOfEpoch && out.epochErrors === 0) {
          learner.done = true;
          traceNote.textContent = t.noErrors(out.row.epoch);
        } else if (out.endOfEpoch && out.row.epoch === MAX_EPOCHS) {
          learner.done = true;
          traceNote.textContent = t.stopped(MAX_EPOCHS);
        }
      }
      w = [learner.w[0], learner.w[1]];
      b = learner.b;
      draw();
      trace.scrollTop = trace.scrollHeight;
    }

    function reset() {
      w = [0, 0];
      b = 0;
      learner = start(w, b);
      traceBody.replaceChildren();
      traceNote.textContent = "";
      draw();
    }

    select.addEventListener("change", () => {
      gate = select.value;
      learner = null;
      traceBody.replaceChildren();
      traceNote.textContent = "";
      draw();
    });
    for (const [name, { range, box }] of Object.entries(sliders)) {
      range.addEventListener("input", () => setFromControls(name, range.value));
      box.addEventListener("change", () => setFromControls(name, box.value));
    }
    buttons.one.addEventListener("click", () => learn(1));
    buttons.epoch.addEventListener("click", () => learn(INPUTS.length - (learner ? learner.next : 0)));
    buttons.done.addEventListener("click", () => learn(INPUTS.length * MAX_EPOCHS));
    buttons.reset.addEventListener("click", reset);

    const live = element("div", { class: "course-figure__live" }, [
      element("p", { class: "course-figure__title" }, [t.title]),
      element("div", { class: "course-figure__row" }, [
        svg,
        element("div", { class: "course-figure__controls" }, [
          element("div", { class: "course-figure__control" }, [
            element("label", { for: `${id}-gate` }, [t.gate]), select,
          ]),
          element("fieldset", {}, [element("legend", {}, [t.weights]), ...rows]),
          status,
          pointList,
        ]),
      ]),
      element("fieldset", {}, [
        element("legend", {}, [t.learn]),
        element("div", { class: "course-figure__control" }, [element("label", { for: `${id}-lr` }, [t.lr]), lr]),
        element("div", { class: "course-figure__buttons" }, Object.values(buttons)),
        traceNote,
        trace,
      ]),
    ]);
    host.append(live);
    host.classList.add("course-figure--ready");
    draw();
  }

  whenVisible("perceptron", build);
})(typeof globalThis !== "undefined" ? globalThis : this);
