// Lesson 4's playground: a small dense network trained in the page on a 2-D data set (XOR,
// circle, two Gaussians, spiral), with the Keras code that builds the same network.
//
// The arithmetic (CoursePlayground) has no DOM: data, forward pass, gradients and the SGD step,
// as Keras computes them (Dense: Glorot-uniform kernels, zero biases; binary cross-entropy on a
// sigmoid output; L2(l2) adds l2·Σw² to the loss; SGD: w ← w − η·g). tests/test_playground.py
// runs it in V8 against snippets.mlp.MLP and against Keras. The page part builds the figure
// inside every <div class="course-figure" data-figure="playground"> once it scrolls into view;
// it trains only while in view, and with reduced motion "play" jumps ahead without animating.
// Nothing is stored, nothing is fetched.
(function (root) {
  "use strict";

  // Mulberry32: a small seeded generator, so that the same settings give the same points.
  function random(seed) {
    let a = seed >>> 0;
    return function () {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = Math.imul(a ^ (a >>> 15), a | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const normal = (rand) => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  function shuffle(items, rand) {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }

  // One point of class c (0 or 1) of each data set, before the noise, inside [−1, 1]².
  const SHAPES = {
    xor(c, rand) {
      // class 1 where exactly one coordinate is positive, as XOR's 1s
      const s = rand() < 0.5 ? 1 : -1;
      const [u, v] = [0.1 + 0.9 * rand(), 0.1 + 0.9 * rand()];
      return c === 1 ? [s * u, -s * v] : [s * u, s * v];
    },
    circle(c, rand) {
      const r = c === 1 ? 0.5 * Math.sqrt(rand()) : 0.7 + 0.3 * rand();
      const angle = 2 * Math.PI * rand();
      return [r * Math.cos(angle), r * Math.sin(angle)];
    },
    gauss(c, rand) {
      const m = c === 1 ? 0.45 : -0.45;
      return [m + 0.25 * normal(rand), m + 0.25 * normal(rand)];
    },
    spiral(c, rand) {
      const u = rand();
      const angle = 3 * Math.PI * u + c * Math.PI;
      const r = 0.08 + 0.9 * u;
      return [r * Math.cos(angle), r * Math.sin(angle)];
    },
  };
  const DATASETS = Object.keys(SHAPES);

  // n points, half of each class, each moved by Gaussian noise of standard deviation `noise`;
  // the fraction `train` of each class goes to the training set, the rest to the test set.
  function dataset(name, { n = 200, noise = 0.05, train = 0.5, seed = 1 } = {}) {
    const rand = random(seed);
    const sets = { train: [], test: [] };
    for (const c of [0, 1]) {
      const half = Math.round(n / 2);
      const inTrain = Math.round(half * train);
      for (let i = 0; i < half; i++) {
        const [x1, x2] = SHAPES[name](c, rand);
        const point = [x1 + noise * normal(rand), x2 + noise * normal(rand)];
        sets[i < inTrain ? "train" : "test"].push([point, c]);
      }
    }
    const out = {};
    for (const [key, rows] of Object.entries(sets)) {
      shuffle(rows, rand);
      out[key] = { X: rows.map((r) => r[0]), y: rows.map((r) => r[1]) };
    }
    return out;
  }

  const sigmoid = (z) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
  // Each activation and its derivative, written with z and a = g(z).
  const ACTIVATIONS = {
    relu: [(z) => (z > 0 ? z : 0), (z) => (z > 0 ? 1 : 0)],
    tanh: [Math.tanh, (z, a) => 1 - a * a],
    sigmoid: [sigmoid, (z, a) => a * (1 - a)],
    linear: [(z) => z, () => 1],
  };

  // A network: {activation, layers: [{W, b}]}, W of shape (inputs, units) as a Keras kernel.
  // Hidden layers use `activation`; the output is one sigmoid unit.
  function init(hidden, activation, seed = 1) {
    const rand = random(seed);
    const sizes = [2, ...hidden, 1];
    const layers = [];
    for (let l = 1; l < sizes.length; l++) {
      const limit = Math.sqrt(6 / (sizes[l - 1] + sizes[l])); // Glorot uniform
      const W = Array.from({ length: sizes[l - 1] }, () =>
        Array.from({ length: sizes[l] }, () => (2 * rand() - 1) * limit),
      );
      layers.push({ W, b: new Array(sizes[l]).fill(0) });
    }
    return { activation, layers };
  }

  // Σ (inputs + 1)·units over the layers: kernel and bias of each Dense.
  function paramCount(hidden) {
    const sizes = [2, ...hidden, 1];
    let count = 0;
    for (let l = 1; l < sizes.length; l++) count += (sizes[l - 1] + 1) * sizes[l];
    return count;
  }

  // Z_l = A_{l−1}·W_l + b_l and A_l = g(Z_l) for a batch X; returns every Z and A (A[0] = X).
  function forward(net, X) {
    const Z = [null];
    const A = [X];
    net.layers.forEach(({ W, b }, l) => {
      const g = l === net.layers.length - 1 ? sigmoid : ACTIVATIONS[net.activation][0];
      const z = A[l].map((row) => b.map((bj, j) => row.reduce((s, x, i) => s + x * W[i][j], bj)));
      Z.push(z);
      A.push(z.map((r) => r.map(g)));
    });
    return { Z, A };
  }
  const predict = (net, X) => forward(net, X).A.at(-1).map((r) => r[0]);

  // Binary cross-entropy from the logit z, −[y log σ(z) + (1 − y) log(1 − σ(z))], written so that
  // it never overflows. With a sigmoid output Keras's TensorFlow backend computes it so too
  // (sigmoid_cross_entropy_with_logits: the clip of p to [1e-7, 1 − 1e-7] is for outputs that
  // are not a sigmoid's).
  const bce = (z, y) => Math.max(z, 0) - z * y + Math.log1p(Math.exp(-Math.abs(z)));
  const penalty = (net, l2) => l2 * net.layers.reduce((s, { W }) => s + W.flat().reduce((t, w) => t + w * w, 0), 0);

  // Loss of the batch (mean cross-entropy + l2·Σw² over every kernel) and its gradients.
  function gradients(net, X, y, l2 = 0) {
    const { Z, A } = forward(net, X);
    const n = X.length;
    const zOut = Z.at(-1).map((r) => r[0]);
    const loss = zOut.reduce((s, z, k) => s + bce(z, y[k]), 0) / n + penalty(net, l2);
    let dZ = A.at(-1).map((r, k) => [(r[0] - y[k]) / n]); // sigmoid + cross-entropy
    const grads = [];
    for (let l = net.layers.length; l >= 1; l--) {
      const { W } = net.layers[l - 1];
      const dW = W.map((row, i) => row.map((w, j) => A[l - 1].reduce((s, a, k) => s + a[i] * dZ[k][j], 2 * l2 * w)));
      const db = W[0].map((_, j) => dZ.reduce((s, d) => s + d[j], 0));
      grads.unshift({ W: dW, b: db });
      if (l > 1) {
        const derivative = ACTIVATIONS[net.activation][1];
        dZ = dZ.map((d, k) =>
          W.map((row, i) => row.reduce((s, w, j) => s + w * d[j], 0) * derivative(Z[l - 1][k][i], A[l - 1][k][i])),
        );
      }
    }
    return { loss, grads };
  }

  // One step of SGD on the batch; returns the new network and the loss before the step.
  function sgdStep(net, X, y, lr, l2 = 0) {
    const { loss, grads } = gradients(net, X, y, l2);
    const layers = net.layers.map(({ W, b }, l) => ({
      W: W.map((row, i) => row.map((w, j) => w - lr * grads[l].W[i][j])),
      b: b.map((v, j) => v - lr * grads[l].b[j]),
    }));
    return { net: { activation: net.activation, layers }, loss };
  }

  // One epoch: the training set shuffled with `rand`, in batches of batchSize (the last one
  // smaller when batchSize does not divide n, as in model.fit).
  function trainEpoch(net, data, { lr, batchSize, l2 = 0 }, rand) {
    const order = shuffle([...data.X.keys()], rand);
    for (let start = 0; start < order.length; start += batchSize) {
      const batch = order.slice(start, start + batchSize);
      net = sgdStep(net, batch.map((k) => data.X[k]), batch.map((k) => data.y[k]), lr, l2).net;
    }
    return net;
  }

  // Mean cross-entropy (without the L2 term) and accuracy (ŷ > 0.5 counts as class 1).
  function evaluate(net, data) {
    const z = forward(net, data.X).Z.at(-1).map((r) => r[0]);
    const loss = z.reduce((s, zk, k) => s + bce(zk, data.y[k]), 0) / z.length;
    const right = z.filter((zk, k) => (zk > 0 ? 1 : 0) === data.y[k]).length;
    return { loss, accuracy: right / z.length };
  }

  const CODE_TEXT = {
    es: {
      data: "# X_train, y_train, X_test, y_test: los puntos de la figura, arrays de forma (n, 2) y (n,)",
      note: [
        "# epochs: las que lleva la figura. Keras parte de otros pesos aleatorios y baraja de otro",
        "# modo, así que el resultado se parecerá al de la figura, pero no será idéntico.",
      ],
    },
    en: {
      data: "# X_train, y_train, X_test, y_test: the figure's points, arrays of shape (n, 2) and (n,)",
      note: [
        "# epochs: as many as the figure has trained. Keras starts from other random weights and",
        "# shuffles differently, so the result will look like the figure's but not be identical.",
      ],
    },
  };
  const py = (x) => (Number.isInteger(x) ? x.toFixed(1) : String(x)); // a Python float literal

  // The Keras code for these settings: {hidden, activation, lr, batchSize, l2, epochs}.
  function kerasCode({ hidden, activation, lr, batchSize, l2, epochs }, lang = "en") {
    const t = CODE_TEXT[lang] || CODE_TEXT.en;
    const reg = l2 > 0 ? `, kernel_regularizer=keras.regularizers.L2(${py(l2)})` : "";
    const dense = (units, name) => `        keras.layers.Dense(${units}, activation="${name}"${reg}),`;
    return [
      "import keras",
      "",
      t.data,
      "model = keras.Sequential(",
      "    [",
      "        keras.Input(shape=(2,)),",
      ...hidden.map((units) => dense(units, activation)),
      dense(1, "sigmoid"),
      "    ]",
      ")",
      "model.compile(",
      `    optimizer=keras.optimizers.SGD(learning_rate=${py(lr)}),`,
      '    loss="binary_crossentropy",',
      '    metrics=["accuracy"],',
      ")",
      ...t.note,
      `model.fit(X_train, y_train, batch_size=${batchSize}, epochs=${epochs}, validation_data=(X_test, y_test))`,
    ].join("\n");
  }

  // What the figure trains from for settings s: its points, its first weights and the generator
  // that shuffles each epoch (seeds 1, 1 and 2: the same settings always give the same run).
  function start(s) {
    return {
      data: dataset(s.dataset, { noise: s.noise, train: s.train }),
      net: init(s.hidden, s.activation, 1),
      rand: random(2),
    };
  }

  const DEFAULTS = {
    dataset: "xor", noise: 0.05, train: 0.5, hidden: [4], activation: "tanh", lr: 0.3, batchSize: 10, l2: 0,
  }; // prettier-ignore
  root.CoursePlayground = {
    random, shuffle, dataset, DATASETS, ACTIVATIONS, init, paramCount, forward, predict, bce,
    gradients, sgdStep, trainEpoch, evaluate, kerasCode, start, DEFAULTS,
  }; // prettier-ignore
  if (typeof document === "undefined") return;

  const TEXT = {
    es: {
      title: "Una red neuronal que se entrena en la página",
      data: "Datos",
      datasets: { xor: "XOR", circle: "Círculo", gauss: "Dos gaussianas", spiral: "Espiral" },
      noise: "Ruido (desviación típica)",
      train: "Proporción de entrenamiento",
      network: "Red",
      layers: (n) => `Capas ocultas: ${n}`,
      addLayer: "Añadir una capa",
      removeLayer: "Quitar una capa",
      layer: (i, n) => `Capa oculta ${i}: ${n} ${n === 1 ? "neurona" : "neuronas"}`,
      more: (i) => `Añadir una neurona a la capa oculta ${i}`,
      fewer: (i) => `Quitar una neurona de la capa oculta ${i}`,
      activation: "Activación de las capas ocultas",
      activations: { relu: "ReLU", tanh: "tanh", sigmoid: "sigmoide", linear: "lineal" },
      params: (n) => `Parámetros: ${n}`,
      training: "Entrenamiento",
      lr: "Tasa de aprendizaje",
      batch: "Tamaño de lote",
      l2: "Regularización L2",
      play: "Reproducir",
      pause: "Pausa",
      step: "Una época",
      reset: "Volver al inicio",
      status: (e, train, test, acc) =>
        `Época ${e}. Pérdida de entrenamiento: ${train}; pérdida de prueba: ${test}; exactitud en prueba: ${acc}.`,
      diverged: "La pérdida se ha disparado: prueba con una tasa de aprendizaje menor.",
      region: "Región de decisión: naranja donde la red predice la clase 1 y azul donde predice la clase 0; círculos, puntos de entrenamiento; cuadrados, puntos de prueba.",
      neurons: "Salida de cada neurona oculta sobre el mismo cuadrado (naranja, positiva; azul, negativa).",
      chart: "Pérdida de entrenamiento y de prueba por época",
      legend: (max, e) => `Línea continua: entrenamiento; discontinua: prueba. Pérdida de 0 a ${max}, épocas de 0 a ${e}.`,
      code: "El mismo modelo en Keras",
      copy: "Copiar el código",
      copied: "Código copiado.",
    },
    en: {
      title: "A neural network trained on the page",
      data: "Data",
      datasets: { xor: "XOR", circle: "Circle", gauss: "Two Gaussians", spiral: "Spiral" },
      noise: "Noise (standard deviation)",
      train: "Training fraction",
      network: "Network",
      layers: (n) => `Hidden layers: ${n}`,
      addLayer: "Add a layer",
      removeLayer: "Remove a layer",
      layer: (i, n) => `Hidden layer ${i}: ${n} ${n === 1 ? "neuron" : "neurons"}`,
      more: (i) => `Add a neuron to hidden layer ${i}`,
      fewer: (i) => `Remove a neuron from hidden layer ${i}`,
      activation: "Hidden-layer activation",
      activations: { relu: "ReLU", tanh: "tanh", sigmoid: "sigmoid", linear: "linear" },
      params: (n) => `Parameters: ${n}`,
      training: "Training",
      lr: "Learning rate",
      batch: "Batch size",
      l2: "L2 regularization",
      play: "Play",
      pause: "Pause",
      step: "One epoch",
      reset: "Back to the start",
      status: (e, train, test, acc) =>
        `Epoch ${e}. Training loss: ${train}; test loss: ${test}; test accuracy: ${acc}.`,
      diverged: "The loss has blown up: try a smaller learning rate.",
      region: "Decision region: orange where the network predicts class 1 and blue where it predicts class 0; circles, training points; squares, test points.",
      neurons: "Output of each hidden neuron over the same square (orange, positive; blue, negative).",
      chart: "Training and test loss per epoch",
      legend: (max, e) => `Solid line: training; dashed: test. Loss from 0 to ${max}, epochs from 0 to ${e}.`,
      code: "The same model in Keras",
      copy: "Copy the code",
      copied: "Code copied.",
    },
  };
  const CHOICES = {
    noise: [0, 0.05, 0.1, 0.15, 0.2, 0.3],
    train: [0.2, 0.5, 0.8],
    lr: [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3],
    batchSize: [1, 5, 10, 25, 50, 100],
    l2: [0, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1],
  };
  const MAX_LAYERS = 4;
  const MAX_UNITS = 8;
  const MAX_EPOCHS = 5000;
  const SIDE = 1.6; // the square [−1.6, 1.6]² that the maps show
  const GRID = 40; // grid points per side of the maps
  const SIZE = 240; // pixels per side of the decision region
  const CHART = [240, 90];
  const BLUE = [26, 95, 180];
  const ORANGE = [230, 97, 0];
  const GRID_X = [];
  for (let j = 0; j < GRID; j++) {
    for (let i = 0; i < GRID; i++) GRID_X.push([((2 * i + 1) / GRID - 1) * SIDE, (1 - (2 * j + 1) / GRID) * SIDE]);
  }
  const css = (rgb) => `rgb(${rgb.join(",")})`;
  // v in [−1, 1]: blue (negative, class 0) or orange (positive, class 1), paler near 0.
  const colour = (v) => (v >= 0 ? ORANGE : BLUE).map((c) => Math.round(255 + (c - 255) * Math.min(1, Math.abs(v)) * 0.6));

  function paint(canvas, values, scale) {
    canvas.width = GRID;
    canvas.height = GRID;
    const context = canvas.getContext("2d");
    const image = context.createImageData(GRID, GRID);
    values.forEach((v, k) => image.data.set([...colour(scale(v)), 255], 4 * k));
    context.putImageData(image, 0, 0);
  }

  const { element, whenVisible, whileVisible } = root.CourseFigures;

  function build(host) {
    const lang = document.documentElement.lang === "en" ? "en" : "es";
    const t = TEXT[lang];
    const number = (digits) => new Intl.NumberFormat(lang, { maximumFractionDigits: digits });
    const [loss3, plain, percent] = [number(3), number(4), new Intl.NumberFormat(lang, { style: "percent" })];
    const id = `playground-${Math.random().toString(36).slice(2, 8)}`;
    const reduced = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    const s = { ...DEFAULTS, hidden: [...DEFAULTS.hidden] };
    let data, net, rand, epoch, history, diverged, current;
    let playing = false;
    let visible = true;
    let spokenAt = -Infinity;

    function choice(name, label, options) {
      const box = element("select", { id: `${id}-${name}` });
      for (const [value, text] of options) box.append(element("option", { value: String(value) }, [text]));
      box.value = String(s[name]);
      box.addEventListener("change", () => {
        s[name] = name === "dataset" || name === "activation" ? box.value : Number(box.value);
        reset();
      });
      return element("div", { class: "course-figure__control" }, [element("label", { for: box.id }, [label]), box]);
    }
    const numbers = (name, format) => CHOICES[name].map((v) => [v, format.format(v)]);

    const picture = element("canvas"); // the output on the grid, then scaled onto the region
    const region = element("canvas", {
      width: String(SIZE), height: String(SIZE), class: "course-figure__plot", role: "img", "aria-label": t.region,
    }); // prettier-ignore
    const button = (text, attributes = {}) => element("button", { type: "button", class: "md-button", ...attributes }, [text]);
    const buttons = { play: button(t.play), step: button(t.step), reset: button(t.reset) };
    const status = element("p", { class: "course-figure__status", "aria-live": "polite" });
    const layerCount = element("span");
    const addLayer = button(t.addLayer);
    const removeLayer = button(t.removeLayer);
    const layerList = element("div");
    const params = element("p", { class: "course-figure__params" });
    const chart = element("svg:svg", {
      viewBox: `0 0 ${CHART[0]} ${CHART[1]}`, class: "course-figure__plot", role: "img", "aria-label": t.chart,
    }); // prettier-ignore
    const axes = element("svg:path", { d: `M0 0V${CHART[1]}H${CHART[0]}`, fill: "none", stroke: "currentColor" });
    const trainLine = element("svg:polyline", { fill: "none", stroke: css(BLUE), "stroke-width": "2" });
    const testLine = element("svg:polyline", { fill: "none", stroke: css(ORANGE), "stroke-width": "2", "stroke-dasharray": "5 3" });
    chart.append(axes, trainLine, testLine);
    const legend = element("p", { class: "course-figure__legend" });
    const code = element("code", { tabindex: "0" });
    const copy = button(t.copy);
    const copied = element("p", { class: "course-figure__status", "aria-live": "polite" });

    function renderLayers() {
      const focused = document.activeElement && document.activeElement.dataset.key;
      layerCount.textContent = t.layers(s.hidden.length);
      addLayer.disabled = s.hidden.length >= MAX_LAYERS;
      removeLayer.disabled = s.hidden.length === 0;
      layerList.replaceChildren(
        ...s.hidden.map((units, l) => {
          const fewer = button("−", { "aria-label": t.fewer(l + 1), "data-key": `${l}-` });
          const more = button("+", { "aria-label": t.more(l + 1), "data-key": `${l}+` });
          fewer.disabled = units <= 1;
          more.disabled = units >= MAX_UNITS;
          fewer.addEventListener("click", () => resize(l, -1));
          more.addEventListener("click", () => resize(l, 1));
          const maps = Array.from({ length: units }, () =>
            element("canvas", { style: "width: 2.4rem; height: 2.4rem; border: 1px solid #888" }),
          ); // prettier-ignore
          return element("div", { class: "course-figure__control" }, [
            element("span", {}, [t.layer(l + 1, units)]),
            element("span", { class: "course-figure__buttons" }, [fewer, more]),
            element("span", { class: "course-figure__control", "aria-hidden": "true", "data-layer": String(l) }, maps),
          ]);
        }),
      );
      params.textContent = t.params(paramCount(s.hidden));
      keepFocus(focused && layerList.querySelector(`[data-key="${focused}"]`));
    }
    // A button that has just been disabled (a limit was reached) hands the focus to its neighbour.
    function keepFocus(target) {
      if (target) (target.disabled ? target.parentNode.querySelector("button:enabled") : target)?.focus();
    }
    function resize(l, change) {
      s.hidden[l] = Math.min(MAX_UNITS, Math.max(1, s.hidden[l] + change));
      reset();
    }
    addLayer.addEventListener("click", () => {
      if (s.hidden.length < MAX_LAYERS) s.hidden.push(s.hidden.at(-1) || 4);
      reset();
      keepFocus(addLayer);
    });
    removeLayer.addEventListener("click", () => {
      s.hidden.pop();
      reset();
      keepFocus(removeLayer);
    });

    function record() {
      current = { train: evaluate(net, data.train), test: evaluate(net, data.test) };
      history.push([current.train.loss, current.test.loss]);
    }

    function reset() {
      ({ data, net, rand } = start(s));
      epoch = 0;
      history = [];
      diverged = false;
      renderLayers();
      record();
      draw(true);
    }

    function advance(epochs) {
      for (let k = 0; k < epochs && epoch < MAX_EPOCHS && !diverged; k++) {
        net = trainEpoch(net, data.train, { lr: s.lr, batchSize: s.batchSize, l2: s.l2 }, rand);
        epoch += 1;
        record();
        diverged = !Number.isFinite(current.train.loss);
      }
      if (epoch >= MAX_EPOCHS || diverged) playing = false;
    }

    function drawPoints(context, set, square) {
      const scale = SIZE / (2 * SIDE);
      set.X.forEach(([x1, x2], k) => {
        const [u, v] = [(x1 + SIDE) * scale, (SIDE - x2) * scale];
        context.fillStyle = css(set.y[k] === 1 ? ORANGE : BLUE);
        context.beginPath();
        if (square) context.rect(u - 3.5, v - 3.5, 7, 7);
        else context.arc(u, v, 3.5, 0, 2 * Math.PI);
        context.fill();
        context.stroke();
      });
    }

    // Everything; while playing, the live status changes at most every 3 s (a screen reader
    // reads each change), the chart's legend on every frame.
    function draw(speak) {
      const { A } = forward(net, GRID_X);
      paint(picture, A.at(-1).map((r) => r[0]), (p) => 2 * p - 1);
      const context = region.getContext("2d");
      context.imageSmoothingEnabled = true;
      context.drawImage(picture, 0, 0, SIZE, SIZE);
      context.lineWidth = 1;
      context.strokeStyle = "#fff";
      drawPoints(context, data.train, false);
      context.strokeStyle = "#000";
      drawPoints(context, data.test, true);
      s.hidden.forEach((units, l) => {
        const maps = layerList.querySelector(`[data-layer="${l}"]`).children;
        for (let j = 0; j < units; j++) {
          const values = A[l + 1].map((r) => r[j]);
          const top = Math.max(...values.map(Math.abs)) || 1;
          paint(maps[j], values, (v) => v / top);
        }
      });
      const finite = history.flat().filter(Number.isFinite);
      const top = Math.max(0.1, ...finite);
      const every = Math.max(1, Math.ceil(history.length / CHART[0]));
      const xs = Math.max(epoch, 1);
      for (const [line, which] of [[trainLine, 0], [testLine, 1]]) {
        const points = history
          .filter((_, e) => e % every === 0 || e === history.length - 1)
          .map((h, e, all) => [(e === all.length - 1 ? epoch : e * every) / xs, h[which]]);
        line.setAttribute("points", points.filter(([, v]) => Number.isFinite(v)).map(([x, v]) =>
          `${(x * CHART[0]).toFixed(1)},${(CHART[1] * (1 - v / top)).toFixed(1)}`).join(" ")); // prettier-ignore
      }
      legend.textContent = t.legend(loss3.format(top), epoch);
      buttons.play.textContent = playing ? t.pause : t.play;
      if (!playing) code.textContent = kerasCode({ ...s, epochs: Math.max(epoch, 1) }, lang);
      const now = performance.now();
      if (speak || now - spokenAt > 3000) {
        spokenAt = now;
        const { train, test } = current;
        status.textContent = diverged
          ? t.diverged
          : t.status(epoch, loss3.format(train.loss), loss3.format(test.loss), plain.format(test.accuracy));
      }
    }

    function frame() {
      if (!playing || !visible) return; // the observer starts it again when back in view
      advance(2);
      draw(!playing);
      if (playing) requestAnimationFrame(frame);
    }

    buttons.play.addEventListener("click", () => {
      if (reduced) advance(100);
      else playing = !playing;
      if (playing) requestAnimationFrame(frame);
      else draw(true);
    });
    buttons.step.addEventListener("click", () => {
      playing = false;
      advance(1);
      draw(true);
    });
    buttons.reset.addEventListener("click", () => {
      playing = false;
      reset();
    });
    copy.addEventListener("click", () => {
      if (!navigator.clipboard) return;
      navigator.clipboard.writeText(code.textContent).then(() => {
        copied.textContent = t.copied;
      });
    });
    whileVisible(host, (now) => {
      visible = now;
      if (visible && playing) requestAnimationFrame(frame);
    });

    host.append(
      element("div", { class: "course-figure__live" }, [
        element("p", { class: "course-figure__title" }, [t.title]),
        element("div", { class: "course-figure__row" }, [
          region,
          element("div", { class: "course-figure__controls" }, [
            choice("dataset", t.data, DATASETS.map((name) => [name, t.datasets[name]])),
            choice("noise", t.noise, numbers("noise", plain)),
            choice("train", t.train, numbers("train", percent)),
            element("div", { class: "course-figure__buttons" }, Object.values(buttons)),
            status,
            chart,
            legend,
          ]),
        ]),
        element("fieldset", {}, [
          element("legend", {}, [t.network]),
          element("div", { class: "course-figure__control" }, [
            layerCount, element("span", { class: "course-figure__buttons" }, [addLayer, removeLayer]),
          ]), // prettier-ignore
          layerList,
          element("p", { class: "course-figure__legend" }, [t.neurons]),
          choice("activation", t.activation, Object.entries(t.activations)),
          params,
        ]),
        element("fieldset", {}, [
          element("legend", {}, [t.training]),
          choice("lr", t.lr, numbers("lr", plain)),
          choice("batchSize", t.batch, numbers("batchSize", plain)),
          choice("l2", t.l2, numbers("l2", plain)),
        ]),
        element("p", { class: "course-figure__title" }, [t.code]),
        element("pre", {}, [code]),
        element("div", { class: "course-figure__buttons" }, [copy]),
        copied,
      ]),
    );
    host.classList.add("course-figure--ready");
    reset();
  }

  whenVisible("playground", build);
})(typeof globalThis !== "undefined" ? globalThis : this);
