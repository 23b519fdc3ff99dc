#!/usr/bin/env python3
"""Writes Tests/SlopeCalculusTests/Fixtures/catalogue.json: exact derivatives of the test catalogue.

Usage (from the repository root; needs SymPy, tested with 1.14):

    python3 Scripts/calculus-fixtures.py

Each entry mirrors, by name, one function of the Swift catalogue in
Tests/SlopeCalculusTests/Catalogue.swift (the tests check that the names match and that
the values agree). For every point the file stores, as 50-digit decimal strings, the
value, the gradient, and the 2nd, 3rd and 4th derivatives along each variable (for the
truncation bounds of finite differences). Points are decimal strings; they are evaluated
at the exact binary double they parse to, as Swift parses them. For functions in the
symbolic subset it also stores SymPy's printed derivative along each variable and its
token count (identifiers, numbers and operators; parentheses and commas are not tokens),
which the Swift tests compare with the symbolic engine's output.
"""

import json
import os
import re

from sympy import (Abs, Float, Max, Min, Piecewise, Rational, acos, asin, atan, atan2, cos, cosh,
                   diff, exp, expand, log, sin, sinh, sqrt, symbols, tan, tanh)

x, y, z = symbols("x y z", real=True)
DIGITS = 50


def horner(coefficients, v):
    result = 0
    for c in coefficients:
        result = result * v + c
    return expand(result)


# name: (variables, expression, points, symbolic, largest extrapolation delta)
# `symbolic` marks functions the symbolic engine handles (no branches, no max/min/abs).
CATALOGUE = {
    "book": ([x], 2 * x * x, ["0", "0.5", "1", "3"], True, 0.1),
    "quadratic": ([x], 3 * x * x + 2 * x + 1, ["-1", "0.25", "1", "4"], True, 0.1),
    "cube": ([x], x * x * x, ["-2", "0.5", "3"], True, 0.1),
    "powCube": ([x], x**3, ["-1.5", "2", "3"], True, 0.1),
    "quintic": ([x], 5 * x**5 + 4 * x**3 - 5, ["-1", "0.5", "2"], True, 0.1),
    "quartic": ([x], x**4 - 3 * x**2 + x - 7, ["-2", "0.3", "1.7"], True, 0.1),
    "cubicProduct": ([x], (x - 1) * (x + 2) * (x - 3), ["-1", "0.5", "2.5"], True, 0.1),
    "sextic": ([x], x**6 - x, ["-1.2", "0.4", "1.1"], True, 0.1),
    "reciprocal": ([x], 1 / x, ["-2", "0.5", "3"], True, 0.05),
    "lorentzian": ([x], 1 / (1 + x * x), ["-2", "0.5", "1.5"], True, 0.1),
    "mobius": ([x], (x + 1) / (x - 2), ["-1", "0.5", "3", "5"], True, 0.05),
    "rationalBump": ([x], x / (x * x + 1), ["-3", "0.5", "2"], True, 0.1),
    "rationalCubic": ([x], (2 * x * x - 1) / (x**3 + 2), ["0", "0.5", "1.5", "3"], True, 0.05),
    "exponential": ([x], exp(x), ["-2", "0", "1", "3"], True, 0.1),
    "gaussian": ([x], exp(-x * x), ["-1.5", "0.5", "2"], True, 0.1),
    "xExp": ([x], x * exp(x), ["-2", "0.5", "2"], True, 0.1),
    "logarithm": ([x], log(x), ["0.001", "0.5", "2", "10"], True, 0.05),
    "xLogX": ([x], x * log(x), ["0.2", "1.5", "4"], True, 0.05),
    "logOnePlusSquare": ([x], log(1 + x * x), ["-2", "0.5", "3"], True, 0.1),
    "logBase2": ([x], log(x) / log(2), ["0.5", "2", "7"], True, 0.05),
    "logBase10": ([x], log(x) / log(10), ["0.5", "2", "7"], True, 0.05),
    "expSin": ([x], exp(sin(x)), ["-1", "0.5", "2"], True, 0.1),
    "sine": ([x], sin(x), ["-1", "0.3", "1", "2.5"], True, 0.1),
    "cosine": ([x], cos(x), ["-1", "0.3", "1", "2.5"], True, 0.1),
    "tangent": ([x], tan(x), ["-1", "0.3", "1", "1.3"], True, 0.02),
    "sinExp": ([x], sin(x) * exp(x), ["-1", "0.5", "1", "2"], True, 0.1),
    "sinCos": ([x], sin(x) * cos(x), ["-1", "0.3", "2"], True, 0.1),
    "sinSquare": ([x], sin(x * x), ["-1", "0.5", "1.5"], True, 0.05),
    "cosAffine": ([x], cos(3 * x + 1), ["-1", "0.2", "1"], True, 0.05),
    "xSinReciprocal": ([x], x * sin(1 / x), ["0.2", "0.5", "1", "3"], True, 0.01),
    "arcsine": ([x], asin(x), ["-0.5", "0.1", "0.7"], True, 0.05),
    "arccosine": ([x], acos(x), ["-0.5", "0.1", "0.7"], True, 0.05),
    "arctangent": ([x], atan(x), ["-2", "0.5", "3"], True, 0.1),
    "hyperbolicTangent": ([x], tanh(x), ["-1", "0.5", "2"], True, 0.1),
    "hyperbolicSine": ([x], sinh(x), ["-1", "0.5", "2"], True, 0.1),
    "hyperbolicCosine": ([x], cosh(x), ["-1", "0.5", "2"], True, 0.1),
    "tanhScaled": ([x], tanh(2 * x - 1) * x, ["-1", "0.3", "1.5"], True, 0.05),
    "squareRoot": ([x], sqrt(x), ["0.25", "1", "2", "9"], True, 0.05),
    "hypotenuse": ([x], sqrt(1 + x * x), ["-2", "0.5", "3"], True, 0.1),
    "powFractional": ([x], x**Float(2.5), ["0.5", "1", "3"], True, 0.1),
    "exponentialBase2": ([x], 2**x, ["-1", "0.5", "3"], True, 0.1),
    "selfPower": ([x], x**x, ["0.5", "1", "2"], True, 0.05),
    "inverseSquareRoot": ([x], 1 / sqrt(x), ["0.5", "1", "4"], True, 0.05),
    "sigmoid": ([x], 1 / (1 + exp(-x)), ["-2", "0", "0.5", "3"], True, 0.1),
    "softplus": ([x], log(1 + exp(x)), ["-2", "0", "1.5"], True, 0.1),
    "gelu": ([x], x / (1 + exp(Float(-1.702) * x)), ["-1", "0.5", "2"], True, 0.1),
    "horner": ([x], horner([2, -3, 0, 1, 5], x), ["-1", "0.5", "2"], True, 0.1),
    "chainedTrig": ([x], sin(cos(x)) * tan(x / 2), ["-1", "0.5", "2"], True, 0.05),
    "relu": ([x], Max(0, x), ["-2", "-0.5", "0.5", "3"], False, 0.1),
    "leakyRelu": ([x], Piecewise((x, x > 0), (Float(0.01) * x, True)), ["-2", "-0.5", "0.5", "3"], False, 0.1),
    "absolute": ([x], Abs(x), ["-2", "-0.3", "0.7", "2"], False, 0.1),
    "branchSquare": ([x], Piecewise((x * x, x < 1), (2 * x - 1, True)), ["-1", "0.5", "1.5", "3"], False, 0.1),
    "minimumPair": ([x], Min(x * x, 2 - x), ["-3", "0.5", "1.5"], False, 0.1),
    "huber": ([x], Piecewise((Rational(1, 2) * x * x, Abs(x) <= 1), (Abs(x) - Rational(1, 2), True)),
              ["-3", "-0.5", "0.5", "2"], False, 0.1),
    "clampedCube": ([x], Max(-1, Min(1, x**3)), ["-2", "-0.5", "0.5", "1.5"], False, 0.1),
    "productPlusX": ([x, y], x * y + x, [("1", "2"), ("-0.5", "3")], True, 0.1),
    "mixedPolynomial": ([x, y], x * x * y + sin(y), [("1", "2"), ("-0.5", "0.3")], True, 0.1),
    "angle": ([x, y], atan2(y, x), [("1", "2"), ("-0.5", "0.3"), ("2", "-1")], False, 0.05),
    "expProduct": ([x, y], exp(x * y), [("1", "0.5"), ("-0.5", "2")], True, 0.1),
    "radius": ([x, y], sqrt(x * x + y * y), [("3", "4"), ("-0.5", "0.3")], True, 0.05),
    "quotient": ([x, y], x / y, [("1", "2"), ("-0.5", "3")], True, 0.1),
    "threeVariables": ([x, y, z], 3 * x**3 * z - y**2 + 5 * z + 2 * y * z,
                       [("1", "2", "3"), ("-0.5", "0.3", "2")], True, 0.1),
}

POSITIVE_DOMAIN = {"logarithm", "xLogX", "logBase2", "logBase10", "squareRoot", "powFractional", "selfPower",
                   "inverseSquareRoot"}

TOKEN = re.compile(r"\*\*|[A-Za-z_][A-Za-z0-9_.]*|[0-9.]+(?:e[+-]?[0-9]+)?|[-+*/^]")


def tokens(text):
    """Identifiers, numbers and operators; parentheses and commas are punctuation, not tokens."""
    return len(TOKEN.findall(text))


def exact(expression, variables, values):
    substitutions = {v: Float(float(s), 60) for v, s in zip(variables, values)}
    number = expression.evalf(DIGITS, subs=substitutions)
    text = str(number)
    if not re.fullmatch(r"-?[0-9.]+(e[+-]?[0-9]+)?", text):
        raise ValueError(f"{expression} at {values} gave {text}")
    return text


def main():
    entries = []
    for name, (variables, expression, points, symbolic, delta) in CATALOGUE.items():
        records = []
        for point in points:
            values = point if isinstance(point, tuple) else (point,)
            records.append({
                "at": list(values),
                # Small arguments of log, sqrt, x**x… need a step that stays in the domain (x > 0).
                "extrapolationDelta": min(delta, abs(float(values[0])) / 10) if name in POSITIVE_DOMAIN else delta,
                "value": exact(expression, variables, values),
                "gradient": [exact(diff(expression, v), variables, values) for v in variables],
                "higher": [[exact(diff(expression, v, order), variables, values) for order in (2, 3, 4)]
                           for v in variables],
            })
        entry = {
            "name": name,
            "variables": [str(v) for v in variables],
            "symbolic": symbolic,
            "points": records,
        }
        if symbolic:
            printed = [str(diff(expression, v)) for v in variables]
            entry["sympyDerivatives"] = printed
            entry["sympyTokens"] = [tokens(text) for text in printed]
        entries.append(entry)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = os.path.join(root, "Tests", "SlopeCalculusTests", "Fixtures", "catalogue.json")
    with open(path, "w") as output:
        json.dump({"generator": "Scripts/calculus-fixtures.py", "digits": DIGITS, "entries": entries},
                  output, indent=1)
        output.write("\n")
    print(f"wrote {len(entries)} entries to {os.path.relpath(path, root)}")


if __name__ == "__main__":
    main()
