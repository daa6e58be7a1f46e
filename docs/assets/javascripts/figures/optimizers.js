// Lesson 8's optimizer race: SGD, momentum, RMSprop and Adam on the lesson's loss surface
// f(x, y) = (x² − 1)² + 0.3x + 0.5y², from a start you pick, step by step.
//
// The arithmetic (CourseOptimizers) has no DOM: tests/test_figures.py runs it in V8 and checks
// it against keras.optimizers on the same surface. The page part builds the figure inside every
// <div class="course-figure" data-figure="optimizers"> once it scrolls into view; it plays only
// while in view, and with reduced motion a "play" jumps ahead without animating.
(function (root) {
  "use strict";

  const lossAt = (x, y) => (x * x - 1) ** 2 + 0.3 * x + 0.5 * y * y;
  const loss = ([x, y]) => lossAt(x, y);
  const gradient = ([x, y]) => [4 * x * (x * x - 1) + 0.3, y];

  // One optimizer as Keras 3 writes its update (keras/src/optimizers/*.py), state included.
  // Keras turns each hyperparameter into a float32 tensor before using it (the learning rate is
  // a float32 variable), so 0.999 acts as 0.99900001287: f() rounds them the same way.
  const f = Math.fround;
  function optimizer(kind, settings) {
    const s = { lr: 0.01, momentum: 0.9, rho: 0.9, beta1: 0.9, beta2: 0.999, epsilon: 1e-7, ...settings };
    const lr = f(s.lr);
    let m = [0, 0];
    let v = [0, 0];
    let t = 0;
    return function step(w) {
      const g = gradient(w);
      t += 1;
      if (kind === "sgd") return w.map((wi, i) => wi - g[i] * lr);
      if (kind === "momentum") {
        m = m.map((mi, i) => mi * f(s.momentum) - g[i] * lr);
        return w.map((wi, i) => wi + m[i]);
      }
      if (kind === "rmsprop") {
        v = v.map((vi, i) => f(s.rho) * vi + f(1 - s.rho) * g[i] * g[i]);
        return w.map((wi, i) => wi - (lr * g[i]) / Math.sqrt(v[i] + f(s.epsilon)));
      }
      // Adam: m += (g − m)(1 − β₁), v += (g² − v)(1 − β₂), α = η √(1 − β₂ᵗ) / (1 − β₁ᵗ)
      const alpha = (lr * Math.sqrt(1 - f(s.beta2) ** t)) / (1 - f(s.beta1) ** t);
      m = m.map((mi, i) => mi + (g[i] - mi) * f(1 - s.beta1));
      v = v.map((vi, i) => vi + (g[i] * g[i] - vi) * f(1 - s.beta2));
      return w.map((wi, i) => wi - (m[i] * alpha) / (Math.sqrt(v[i]) + f(s.epsilon)));
    };
  }

  function path(kind, settings, start, steps) {
    const step = optimizer(kind, settings);
    const points = [start.slice()];
    for (let k = 0; k < steps; k++) points.push(step(points[points.length - 1]));
    return points;
  }

  const KINDS = ["sgd", "momentum", "rmsprop", "adam"];
  const DEFAULTS = {
    sgd: { lr: 0.01 },
    momentum: { lr: 0.01, momentum: 0.9 },
    rmsprop: { lr: 0.01, rho: 0.9 },
    adam: { lr: 0.1, beta1: 0.9, beta2: 0.999 },
  };
  root.CourseOptimizers = { loss, gradient, optimizer, path, KINDS, DEFAULTS };
  if (typeof document === "undefined") return;

  const TEXT = {
    es: {
      title: "Carrera de optimizadores",
      names: { sgd: "SGD", momentum: "SGD + momento", rmsprop: "RMSprop", adam: "Adam" },
      settings: { lr: "tasa η", momentum: "momento β", rho: "ρ", beta1: "β₁", beta2: "β₂" },
      start: "Punto de partida (o haz clic en la superficie)",
      play: "Reproducir",
      pause: "Pausa",
      step: "Un paso",
      reset: "Volver al inicio",
      steps: (n) => `Paso ${n}.`,
      row: (name, x, y, f) => `${name}: x = ${x}, y = ${y}, f = ${f}`,
      surface: "Superficie de pérdida con sus dos mínimos y las trayectorias",
      minima: "Mínimo global en x ≈ −1,04; mínimo local en x ≈ 0,96; punto de silla en x ≈ 0,08 (y = 0).",
      optimizer: "Optimizador",
    },
    en: {
      title: "Optimizer race",
      names: { sgd: "SGD", momentum: "SGD + momentum", rmsprop: "RMSprop", adam: "Adam" },
      settings: { lr: "rate η", momentum: "momentum β", rho: "ρ", beta1: "β₁", beta2: "β₂" },
      start: "Starting point (or click on the surface)",
      play: "Play",
      pause: "Pause",
      step: "One step",
      reset: "Back to the start",
      steps: (n) => `Step ${n}.`,
      row: (name, x, y, f) => `${name}: x = ${x}, y = ${y}, f = ${f}`,
      surface: "Loss surface with its two minima and the trajectories",
      minima: "Global minimum at x ≈ −1.04; local minimum at x ≈ 0.96; saddle point at x ≈ 0.08 (y = 0).",
      optimizer: "Optimizer",
    },
  };
  const X = [-2, 2.2];
  const Y = [-1.6, 1.6];
  const WIDTH = 420;
  const HEIGHT = 320;
  const MAX_STEPS = 500;
  const DASH = { sgd: "", momentum: "6 3", rmsprop: "2 3", adam: "8 3 2 3" };

  const { element, whenVisible, whileVisible } = root.CourseFigures;
  const px = (x) => ((x - X[0]) / (X[1] - X[0])) * WIDTH;
  const py = (y) => ((Y[1] - y) / (Y[1] - Y[0])) * HEIGHT;

  // 134 400 pixels, painted when the figure first comes near the screen, while the reader
  // scrolls: the loop allocates nothing per pixel (an array for each pixel made it about 50 ms
  // at 4x CPU, 20-35 ms without).
  function paintSurface(canvas) {
    canvas.width = WIDTH;
    canvas.height = HEIGHT;
    const context = canvas.getContext("2d");
    const image = context.createImageData(WIDTH, HEIGHT);
    const data = image.data;
    for (let j = 0; j < HEIGHT; j++) {
      const y = Y[1] - ((j + 0.5) / HEIGHT) * (Y[1] - Y[0]);
      for (let i = 0; i < WIDTH; i++) {
        const x = X[0] + ((i + 0.5) / WIDTH) * (X[1] - X[0]);
        const f = Math.log1p(lossAt(x, y) + 0.3); // ≥ 0 everywhere on this square
        const band = Math.floor(f * 6) % 2 === 0 ? 0 : 14; // contour-like bands
        const level = Math.max(0, Math.min(255, 250 - f * 70 - band));
        const at = 4 * (j * WIDTH + i);
        data[at] = level;
        data[at + 1] = level;
        data[at + 2] = Math.min(255, level + 25);
        data[at + 3] = 255;
      }
    }
    context.putImageData(image, 0, 0);
  }

  function build(host) {
    const lang = document.documentElement.lang === "en" ? "en" : "es";
    const t = TEXT[lang];
    const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 3 });
    const id = `optimizers-${Math.random().toString(36).slice(2, 8)}`;
    const reduced = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    let start = [2, 1.5];
    let runners = {};
    let count = 0;
    let playing = false;
    let visible = true;

    const canvas = element("canvas", { class: "course-figure__surface", "aria-hidden": "true" });
    const svg = element("svg:svg", {
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "course-figure__paths", role: "img", "aria-label": t.surface,
    }); // prettier-ignore
    const lines = {};
    for (const kind of KINDS) {
      lines[kind] = element("svg:polyline", {
        class: `course-figure__path course-figure__path--${kind}`, "stroke-dasharray": DASH[kind], fill: "none",
      }); // prettier-ignore
      svg.append(lines[kind]);
    }
    const marker = element("svg:circle", { r: "5", class: "course-figure__start" });
    svg.append(marker);
    const stage = element("div", { class: "course-figure__stage" }, [canvas, svg]);

    const fields = {};
    const number_input = (name, value, attributes) => {
      const box = element("input", { type: "number", id: `${id}-${name}`, value: String(value), ...attributes });
      fields[name] = box;
      return box;
    };
    const rows = KINDS.map((kind) => {
      const show = element("input", { type: "checkbox", id: `${id}-${kind}-show`, checked: "" });
      fields[`${kind}-show`] = show;
      const parts = [element("label", { for: show.id }, [show, ` ${t.names[kind]}`])];
      for (const [name, value] of Object.entries(DEFAULTS[kind])) {
        const box = number_input(`${kind}-${name}`, value, { step: name === "beta2" ? "0.001" : "0.01", min: "0" });
        parts.push(element("label", { for: box.id }, [t.settings[name]]), box);
      }
      return element("div", { class: `course-figure__control course-figure__race--${kind}` }, parts);
    });
    const startX = number_input("x0", start[0], { step: "0.1", min: String(X[0]), max: String(X[1]) });
    const startY = number_input("y0", start[1], { step: "0.1", min: String(Y[0]), max: String(Y[1]) });
    const buttons = {
      play: element("button", { type: "button", class: "md-button" }, [t.play]),
      step: element("button", { type: "button", class: "md-button" }, [t.step]),
      reset: element("button", { type: "button", class: "md-button" }, [t.reset]),
    };
    const status = element("p", { class: "course-figure__status", "aria-live": "polite" });
    const list = element("ul", { class: "course-figure__points" });

    function settingsOf(kind) {
      const out = {};
      for (const name of Object.keys(DEFAULTS[kind])) out[name] = Number(fields[`${kind}-${name}`].value);
      return out;
    }

    function reset() {
      const x0 = Number(startX.value);
      const y0 = Number(startY.value);
      if (Number.isFinite(x0) && Number.isFinite(y0)) start = [x0, y0];
      runners = {};
      for (const kind of KINDS) runners[kind] = { step: optimizer(kind, settingsOf(kind)), points: [start.slice()] };
      count = 0;
      draw();
    }

    function advance(steps) {
      for (let k = 0; k < steps && count < MAX_STEPS; k++) {
        for (const kind of KINDS) {
          const r = runners[kind];
          const next = r.step(r.points[r.points.length - 1]);
          if (next.every(Number.isFinite)) r.points.push(next);
        }
        count += 1;
      }
      draw();
    }

    function draw() {
      marker.setAttribute("cx", px(start[0]));
      marker.setAttribute("cy", py(start[1]));
      const items = [];
      for (const kind of KINDS) {
        const shown = fields[`${kind}-show`].checked;
        const points = runners[kind].points;
        lines[kind].style.display = shown ? "" : "none";
        lines[kind].setAttribute("points", points.map(([x, y]) => `${px(x).toFixed(1)},${py(y).toFixed(1)}`).join(" "));
        if (shown) {
          const w = points[points.length - 1];
          const show = (value) => number.format(Math.abs(value) < 5e-4 ? 0 : value); // no "-0"
          items.push(t.row(t.names[kind], show(w[0]), show(w[1]), show(loss(w))));
        }
      }
      status.textContent = t.steps(count);
      list.replaceChildren(...items.map((text) => element("li", {}, [text])));
      buttons.play.textContent = playing ? t.pause : t.play;
    }

    function frame() {
      if (!playing || !visible) return; // the observer starts it again when back in view
      if (count >= MAX_STEPS) {
        playing = false;
        draw();
        return;
      }
      advance(2);
      requestAnimationFrame(frame);
    }

    buttons.play.addEventListener("click", () => {
      if (reduced) return advance(200);
      playing = !playing;
      draw();
      if (playing) requestAnimationFrame(frame);
    });
    buttons.step.addEventListener("click", () => advance(1));
    buttons.reset.addEventListener("click", () => {
      playing = false;
      reset();
    });
    for (const box of Object.values(fields)) box.addEventListener("change", reset);
    svg.addEventListener("click", (event) => {
      const box = svg.getBoundingClientRect();
      const x = X[0] + ((event.clientX - box.left) / box.width) * (X[1] - X[0]);
      const y = Y[1] - ((event.clientY - box.top) / box.height) * (Y[1] - Y[0]);
      startX.value = String(Math.round(x * 100) / 100);
      startY.value = String(Math.round(y * 100) / 100);
      playing = false;
      reset();
    });
    whileVisible(host, (now) => {
      visible = now;
      if (visible && playing) requestAnimationFrame(frame);
    });

    host.append(
      element("div", { class: "course-figure__live" }, [
        element("p", { class: "course-figure__title" }, [t.title]),
        stage,
        element("p", { class: "course-figure__legend" }, [t.minima]),
        element("fieldset", {}, [element("legend", {}, [t.optimizer]), ...rows]),
        element("div", { class: "course-figure__control" }, [
          element("span", {}, [t.start]),
          element("label", { for: startX.id }, ["x"]), startX,
          element("label", { for: startY.id }, ["y"]), startY,
        ]), // prettier-ignore
        element("div", { class: "course-figure__buttons" }, Object.values(buttons)),
        status,
        list,
      ]),
    );
    host.classList.add("course-figure--ready");
    paintSurface(canvas);
    reset();
  }

  whenVisible("optimizers", build);
})(typeof globalThis !== "undefined" ? globalThis : this);
