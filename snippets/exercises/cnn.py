"""Exercises of lesson 12, convolutional networks: output size, parameters, pooling, stride."""

import numpy as np

from snippets.exercises import Spec, answer_form_error

# The forms of answer this lesson asks for (see answer_form_error).
_MESSAGES = {
    "es": {
        "side": "Escribe un solo entero (el lado de la salida, que es cuadrada), por ejemplo 7.",
    },
    "en": {
        "side": "Write one integer (the side of the square output), e.g. 7.",
    },
}


# Exercise 3: the 4×4 array to max-pool with 2×2 windows and stride 2.
POOL_INPUT = np.array(
    [
        [1, 3, 2, 0],
        [4, 6, 1, 1],
        [0, 8, 5, 7],
        [1, 1, 3, 2],
    ]
)


def _check_output_size(answer):
    # A 28×28 input, a 5×5 kernel, padding="valid", strides=2: floor((28 - 5) / 2) + 1 = 12.
    if isinstance(answer, (tuple, list)):
        if len(answer) != 2 or answer[0] != answer[1]:
            raise answer_form_error("side", _MESSAGES)
        answer = answer[0]
    if answer == 12:
        return None
    if answer == 24:
        return {
            "es": "24 sería el tamaño con paso 1; con paso 2 el filtro salta de dos en dos.",
            "en": "24 would be the size with stride 1; with stride 2 the kernel jumps two "
            "pixels at a time.",
        }
    if answer == 14:
        return {
            "es": '14 es lo que daría padding="same" (28 / 2); "valid" no añade relleno.',
            "en": '14 is what padding="same" would give (28 / 2); "valid" adds no padding.',
        }
    if answer in (11.5, 12.5, 13):
        return {
            "es": "Casi: (28 − 5) / 2 = 11,5 se redondea hacia abajo (el filtro no puede "
            "salirse de la imagen) y luego se suma 1.",
            "en": "Almost: (28 − 5) / 2 = 11.5 is rounded down (the kernel cannot stick out "
            "of the image) and then 1 is added.",
        }
    return {
        "es": f"{answer} no es el lado de la salida; aplica la fórmula ⌊(i + 2p − k) / s⌋ + 1.",
        "en": f"{answer} is not the side of the output; apply the formula ⌊(i + 2p − k) / s⌋ + 1.",
    }


def _check_conv_params(answer):
    if answer == 3 * 3 * 1 * 32 + 32:
        return None
    if answer == 3 * 3 * 32:
        return {
            "es": "Has contado los pesos, pero cada uno de los 32 filtros tiene además su sesgo.",
            "en": "You counted the weights, but each of the 32 filters also has its own bias.",
        }
    if answer in (9, 10):
        return {
            "es": "Eso es un solo filtro; la capa tiene 32.",
            "en": "That is a single filter; the layer has 32.",
        }
    if answer == 3 * 3 * 3 * 32 + 32:
        return {
            "es": "Esa sería la cuenta con una entrada RGB (3 canales); aquí hay uno solo.",
            "en": "That would be the count for an RGB input (3 channels); here there is only one.",
        }
    if answer in (26 * 26 * 32, 28 * 28 * 32):
        return {
            "es": "Ese es el número de valores de los mapas de salida, no de parámetros: los "
            "pesos se comparten en todas las posiciones.",
            "en": "That is the number of values in the output maps, not of parameters: the "
            "weights are shared across all positions.",
        }
    return {
        "es": f"{answer} no es el número de parámetros de Conv2D(32, 3) sobre un canal.",
        "en": f"{answer} is not the parameter count of Conv2D(32, 3) on one channel.",
    }


def _check_max_pool(answer):
    result = np.asarray(answer)
    expected = POOL_INPUT.reshape(2, 2, 2, 2).max(axis=(1, 3))
    if result.shape != (2, 2):
        return {
            "es": f"Un 4×4 con ventanas de 2×2 y paso 2 da un 2×2; tu respuesta tiene forma "
            f"{result.shape}.",
            "en": f"A 4×4 with 2×2 windows and stride 2 gives a 2×2; your answer has shape "
            f"{result.shape}.",
        }
    if np.array_equal(result, POOL_INPUT.reshape(2, 2, 2, 2).mean(axis=(1, 3))):
        return {
            "es": "Eso es la media de cada ventana (average pooling); aquí se toma el máximo.",
            "en": "That is the mean of each window (average pooling); here you take the maximum.",
        }
    if np.array_equal(result, expected):
        return None
    if np.array_equal(result, expected.T):
        return {
            "es": "Los valores son los buenos, pero están traspuestos: la fila de arriba sale "
            "de las dos primeras filas de la entrada.",
            "en": "The values are right but transposed: the top row comes from the first two "
            "rows of the input.",
        }
    return {
        "es": f"{result.tolist()} no es el máximo de cada bloque de 2×2 que no se solapa.",
        "en": f"{result.tolist()} is not the maximum of each non-overlapping 2×2 block.",
    }


def _reference_conv(image, kernel, stride):
    kh, kw = kernel.shape
    oh = (image.shape[0] - kh) // stride + 1
    ow = (image.shape[1] - kw) // stride + 1
    out = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            patch = image[i * stride : i * stride + kh, j * stride : j * stride + kw]
            out[i, j] = np.sum(patch * kernel)
    return out


_RNG = np.random.default_rng(12)
_IMAGE = _RNG.integers(-3, 4, size=(7, 8)).astype(float)
_KERNEL = np.array([[1.0, 0.0, -1.0], [2.0, 1.0, -2.0]])  # 2×3: not square, not symmetric


def _check_strided_conv(f):
    for stride in (1, 2, 3):
        expected = _reference_conv(_IMAGE, _KERNEL, stride)
        result = np.asarray(f(_IMAGE.copy(), _KERNEL.copy(), stride), dtype=float)
        if result.shape != expected.shape:
            return {
                "es": f"Con una imagen {_IMAGE.shape}, un filtro {_KERNEL.shape} y paso {stride} "
                f"la salida debe tener forma {expected.shape}; la tuya tiene {result.shape}. "
                "Usa ⌊(i − k) / s⌋ + 1 en cada eje.",
                "en": f"With a {_IMAGE.shape} image, a {_KERNEL.shape} kernel and stride {stride} "
                f"the output must have shape {expected.shape}; yours has {result.shape}. "
                "Use ⌊(i − k) / s⌋ + 1 on each axis.",
            }
        if np.allclose(result, _reference_conv(_IMAGE, _KERNEL[::-1, ::-1], stride)):
            return {
                "es": "Has dado la vuelta al filtro: eso es la convolución de los libros de "
                "matemáticas; Keras (y esta lección) no lo gira (correlación cruzada).",
                "en": "You flipped the kernel: that is the textbook mathematical convolution; "
                "Keras (and this lesson) does not flip it (cross-correlation).",
            }
        if not np.allclose(result, expected):
            return {
                "es": f"Con paso {stride} la forma es correcta pero los valores no: la ventana "
                f"de la salida (i, j) empieza en la fila i·{stride} y la columna j·{stride}.",
                "en": f"With stride {stride} the shape is right but the values are not: the "
                f"window of output (i, j) starts at row i·{stride} and column j·{stride}.",
            }
    return None


def _conv_right(image, kernel, stride):
    kh, kw = kernel.shape
    oh = (image.shape[0] - kh) // stride + 1
    ow = (image.shape[1] - kw) // stride + 1
    out = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            r, c = i * stride, j * stride
            out[i, j] = np.sum(image[r : r + kh, c : c + kw] * kernel)
    return out


def _conv_via_stride_one(image, kernel, stride):
    return _conv_right(image, kernel, 1)[::stride, ::stride]


def _conv_ignores_stride(image, kernel, stride):
    return _conv_right(image, kernel, 1)


def _conv_flipped(image, kernel, stride):
    return _conv_right(image, kernel[::-1, ::-1], stride)


def _conv_wrong_window(image, kernel, stride):
    kh, kw = kernel.shape
    oh = (image.shape[0] - kh) // stride + 1
    ow = (image.shape[1] - kw) // stride + 1
    out = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            out[i, j] = np.sum(image[i : i + kh, j : j + kw] * kernel)  # forgets the stride
    return out


EXERCISES = [
    Spec(
        check=_check_output_size,
        hint={
            "es": "Sin relleno, p = 0: el lado de la salida es ⌊(i − k) / s⌋ + 1, con i = 28, "
            "k = 5 y s = 2.",
            "en": "Without padding, p = 0: the side of the output is ⌊(i − k) / s⌋ + 1, with "
            "i = 28, k = 5 and s = 2.",
        },
        solution={
            "es": "answer_1 = (28 - 5) // 2 + 1  # = 12: la salida es de 12×12",
            "en": "answer_1 = (28 - 5) // 2 + 1  # = 12: the output is 12×12",
        },
        right=(12, (12, 12)),
        wrong=(24, 14, 13, 11.5, 11),
    ),
    Spec(
        check=_check_conv_params,
        hint={
            "es": "Cada uno de los 32 filtros tiene 3 × 3 pesos por canal de entrada (aquí, "
            "uno) y un sesgo.",
            "en": "Each of the 32 filters has 3 × 3 weights per input channel (here, one) and "
            "one bias.",
        },
        solution={
            "es": "answer_2 = 3 * 3 * 1 * 32 + 32  # pesos + sesgos = 320",
            "en": "answer_2 = 3 * 3 * 1 * 32 + 32  # weights + biases = 320",
        },
        right=(320,),
        wrong=(288, 9, 10, 896, 21_632),
    ),
    Spec(
        check=_check_max_pool,
        hint={
            "es": "Parte el array en cuatro bloques de 2×2 que no se solapan y quédate con el "
            "mayor de cada uno, en el mismo orden.",
            "en": "Split the array into four non-overlapping 2×2 blocks and keep the largest "
            "value of each, in the same order.",
        },
        solution={
            "es": "answer_3 = [[6, 2], [8, 7]]  # máximos de los bloques de 2×2",
            "en": "answer_3 = [[6, 2], [8, 7]]  # maxima of the 2×2 blocks",
        },
        right=([[6, 2], [8, 7]], np.array([[6, 2], [8, 7]])),
        wrong=([[6, 8], [2, 7]], [[6, 2], [2, 7]], [[3.5, 1.0], [2.5, 4.25]], [[6, 8, 7]]),
    ),
    Spec(
        check=_check_strided_conv,
        hint={
            "es": "Calcula primero la forma de la salida con ⌊(i − k) / s⌋ + 1 en cada eje; "
            "la ventana de la salida (i, j) es image[i*s : i*s + kh, j*s : j*s + kw].",
            "en": "First compute the output shape with ⌊(i − k) / s⌋ + 1 on each axis; the "
            "window of output (i, j) is image[i*s : i*s + kh, j*s : j*s + kw].",
        },
        solution={
            lang: (
                "def conv2d(image, kernel, stride):\n"
                "    kh, kw = kernel.shape\n"
                "    oh = (image.shape[0] - kh) // stride + 1\n"
                "    ow = (image.shape[1] - kw) // stride + 1\n"
                "    out = np.zeros((oh, ow))\n"
                "    for i in range(oh):\n"
                "        for j in range(ow):\n"
                "            r, c = i * stride, j * stride\n"
                "            out[i, j] = np.sum(image[r : r + kh, c : c + kw] * kernel)\n"
                "    return out"
            )
            for lang in ("es", "en")
        },
        right=(_conv_right, _conv_via_stride_one),
        wrong=(_conv_ignores_stride, _conv_flipped, _conv_wrong_window),
    ),
]
