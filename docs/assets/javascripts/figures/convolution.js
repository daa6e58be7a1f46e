// Lesson 12's convolution explorer: a Fashion-MNIST image, a 3 × 3 kernel (presets or edited),
// padding and stride, the feature map and the output-size formula with its numbers.
//
// The arithmetic (CourseConvolution) has no DOM: tests/test_figures.py runs it in V8 and checks
// it against keras.layers.Conv2D. The page part builds the figure inside every
// <div class="course-figure" data-figure="convolution"> once it scrolls into view, with the
// images of fashion-samples.js. Nothing is stored, nothing is fetched.
(function (root) {
  "use strict";

  // Output side and padding before/after, as Keras (TensorFlow) computes them: "valid" adds
  // nothing; "same" gives ceil(i / s) and puts an odd pixel of padding after (bottom, right).
  function geometry(i, k, s, padding) {
    if (padding === "valid") return { o: Math.floor((i - k) / s) + 1, before: 0, after: 0 };
    const o = Math.ceil(i / s);
    const total = Math.max((o - 1) * s + k - i, 0);
    return { o, before: Math.floor(total / 2), after: total - Math.floor(total / 2) };
  }

  // Cross-correlation (the kernel is not flipped, as in Keras), zeros outside the image.
  function conv2d(image, kernel, stride, padding) {
    const k = kernel.length;
    const rows = geometry(image.length, k, stride, padding);
    const cols = geometry(image[0].length, k, stride, padding);
    const out = [];
    for (let r = 0; r < rows.o; r++) {
      const row = [];
      for (let c = 0; c < cols.o; c++) {
        let sum = 0;
        for (let m = 0; m < k; m++) {
          const y = r * stride + m - rows.before;
          if (y < 0 || y >= image.length) continue;
          for (let n = 0; n < k; n++) {
            const x = c * stride + n - cols.before;
            if (x >= 0 && x < image[0].length) sum += image[y][x] * kernel[m][n];
          }
        }
        row.push(sum);
      }
      out.push(row);
    }
    return out;
  }

  const PRESETS = {
    vertical: [[-1, 0, 1], [-1, 0, 1], [-1, 0, 1]],
    horizontal: [[-1, -1, -1], [0, 0, 0], [1, 1, 1]],
    blur: [[1 / 9, 1 / 9, 1 / 9], [1 / 9, 1 / 9, 1 / 9], [1 / 9, 1 / 9, 1 / 9]],
    sharpen: [[0, -1, 0], [-1, 5, -1], [0, -1, 0]],
    identity: [[0, 0, 0], [0, 1, 0], [0, 0, 0]],
  };

  root.CourseConvolution = { geometry, conv2d, PRESETS };
  if (typeof document === "undefined") return;

  const TEXT = {
    es: {
      title: "Una convolución para explorar",
      image: "Imagen",
      classes: ["camiseta", "pantalón", "", "", "", "", "", "zapatilla", "bolso", "botín"],
      kernel: "Núcleo de 3 × 3",
      preset: "Núcleo predefinido",
      presets: {
        vertical: "bordes verticales",
        horizontal: "bordes horizontales",
        blur: "desenfoque (media)",
        sharpen: "realce",
        identity: "identidad",
      },
      cell: (m, n) => `K fila ${m + 1}, columna ${n + 1}`,
      padding: "Relleno (padding)",
      stride: "Paso (strides)",
      input: "Entrada",
      output: "Mapa de características",
      summary: (o, lo, hi) => `Salida de ${o} × ${o}, con valores entre ${lo} y ${hi}.`,
      legend: "Gris medio: 0; claro: positivo; oscuro: negativo.",
    },
    en: {
      title: "A convolution to explore",
      image: "Image",
      classes: ["T-shirt", "trouser", "", "", "", "", "", "sneaker", "bag", "ankle boot"],
      kernel: "3 × 3 kernel",
      preset: "Preset kernel",
      presets: {
        vertical: "vertical edges",
        horizontal: "horizontal edges",
        blur: "blur (mean)",
        sharpen: "sharpen",
        identity: "identity",
      },
      cell: (m, n) => `K row ${m + 1}, column ${n + 1}`,
      padding: "Padding",
      stride: "Stride (strides)",
      input: "Input",
      output: "Feature map",
      summary: (o, lo, hi) => `Output of ${o} × ${o}, with values between ${lo} and ${hi}.`,
      legend: "Mid grey: 0; light: positive; dark: negative.",
    },
  };
  const SIDE = 28;
  const SCALE = 6;

  const { element, whenVisible } = root.CourseFigures;

  function pixels(hex) {
    const image = [];
    for (let r = 0; r < SIDE; r++) {
      const row = [];
      for (let c = 0; c < SIDE; c++) {
        const at = 2 * (r * SIDE + c);
        row.push(parseInt(hex.slice(at, at + 2), 16) / 255);
      }
      image.push(row);
    }
    return image;
  }

  // Grey levels on a canvas, one square of SCALE pixels per value.
  function paint(canvas, values, toGrey) {
    const side = values.length;
    canvas.width = canvas.height = side * SCALE;
    const context = canvas.getContext("2d");
    for (let r = 0; r < side; r++) {
      for (let c = 0; c < side; c++) {
        const g = Math.round(255 * Math.min(1, Math.max(0, toGrey(values[r][c]))));
        context.fillStyle = `rgb(${g},${g},${g})`;
        context.fillRect(c * SCALE, r * SCALE, SCALE, SCALE);
      }
    }
  }

  function build(host) {
    const lang = document.documentElement.lang === "en" ? "en" : "es";
    const t = TEXT[lang];
    const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    const id = `convolution-${Math.random().toString(36).slice(2, 8)}`;
    const samples = root.CourseFashionSamples || [];
    if (!samples.length) return;
    let kernel = PRESETS.vertical.map((row) => row.slice());

    const imageSelect = element("select", { id: `${id}-image` });
    samples.forEach((sample, i) =>
      imageSelect.append(element("option", { value: String(i) }, [t.classes[sample.label] || String(sample.label)])),
    );
    const presetSelect = element("select", { id: `${id}-preset` });
    for (const [name, label] of Object.entries(t.presets)) {
      presetSelect.append(element("option", { value: name }, [label]));
    }
    const cells = [];
    const grid = element("div", { class: "course-figure__kernel", role: "group", "aria-label": t.kernel });
    for (let m = 0; m < 3; m++) {
      for (let n = 0; n < 3; n++) {
        const box = element("input", { type: "number", step: "0.1", "aria-label": t.cell(m, n), inputmode: "decimal" });
        box.addEventListener("change", () => {
          const v = Number(box.value);
          if (Number.isFinite(v)) kernel[m][n] = v;
          draw();
        });
        cells.push(box);
        grid.append(box);
      }
    }
    const padding = element("select", { id: `${id}-padding` }, [
      element("option", { value: "valid" }, ['"valid"']),
      element("option", { value: "same" }, ['"same"']),
    ]);
    const stride = element("select", { id: `${id}-stride` }, [
      element("option", { value: "1" }, ["1"]),
      element("option", { value: "2" }, ["2"]),
    ]);
    const input = element("canvas", { class: "course-figure__canvas", role: "img", "aria-label": t.input });
    const output = element("canvas", { class: "course-figure__canvas", role: "img", "aria-label": t.output });
    const formula = element("p", { class: "course-figure__formula" });
    const status = element("p", { class: "course-figure__status", "aria-live": "polite" });

    function draw() {
      const image = pixels(samples[Number(imageSelect.value)].pixels);
      const s = Number(stride.value);
      const { o, before, after } = geometry(SIDE, 3, s, padding.value);
      const map = conv2d(image, kernel, s, padding.value);
      let lo = Infinity;
      let hi = -Infinity;
      for (const row of map) for (const v of row) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
      const scale = Math.max(Math.abs(lo), Math.abs(hi)) || 1;
      paint(input, image, (v) => v);
      paint(output, map, (v) => 0.5 + v / (2 * scale));
      cells.forEach((box, i) => (box.value = String(Math.round(kernel[Math.floor(i / 3)][i % 3] * 1000) / 1000)));
      formula.textContent =
        padding.value === "valid"
          ? `o = ⌊(i + 2p − k) / s⌋ + 1 = ⌊(${SIDE} + 2·0 − 3) / ${s}⌋ + 1 = ${o}`
          : `o = ⌈i / s⌉ = ⌈${SIDE} / ${s}⌉ = ${o}` +
            (before === after ? ` (p = ${before})` : ` (p = ${before} + ${after})`);
      status.textContent = `${t.summary(o, number.format(lo), number.format(hi))} ${t.legend}`;
    }

    presetSelect.addEventListener("change", () => {
      kernel = PRESETS[presetSelect.value].map((row) => row.slice());
      draw();
    });
    for (const select of [imageSelect, padding, stride]) select.addEventListener("change", draw);

    const control = (label, field) =>
      element("div", { class: "course-figure__control" }, [element("label", { for: field.id }, [label]), field]);
    host.append(
      element("div", { class: "course-figure__live" }, [
        element("p", { class: "course-figure__title" }, [t.title]),
        element("div", { class: "course-figure__row" }, [
          element("div", { class: "course-figure__controls" }, [
            control(t.image, imageSelect),
            control(t.preset, presetSelect),
            element("fieldset", {}, [element("legend", {}, [t.kernel]), grid]),
            control(t.padding, padding),
            control(t.stride, stride),
          ]),
          element("figure", { class: "course-figure__pair" }, [input, element("figcaption", {}, [t.input])]),
          element("figure", { class: "course-figure__pair" }, [output, element("figcaption", {}, [t.output])]),
        ]),
        formula,
        status,
      ]),
    );
    host.classList.add("course-figure--ready");
    draw();
  }

  whenVisible("convolution", build);
})(typeof globalThis !== "undefined" ? globalThis : this);
