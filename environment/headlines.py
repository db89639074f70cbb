"""Each notebook's headline: what it measures, its number with the unit, and the published number beside it.

One place for the index page (run_notebooks.py) and the README's results table (readme_results.py), so both show
the results JSON the same way. Percentages are rounded like the notebooks' Tables.Percent (half away from zero,
one decimal), so a number reads the same in a notebook, the index and the README.
"""
from decimal import ROUND_HALF_UP, Decimal


def percent(fraction, decimals=1):
    """0.9425 -> '94.3%' (the notebooks' Tables.Percent rule)."""
    value = (Decimal(repr(fraction)) * 100).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return f"{value}%"


def points(fraction, decimals=1):
    """A spread as percentage points: 0.0095 -> '1.0'."""
    return str((Decimal(repr(fraction)) * 100).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))


def _ablation(m):
    rows = m["ablation"]
    base = rows[0]
    best = max(rows[1:], key=lambda r: r["val_accuracy"]) if len(rows) > 1 else base
    text = f"baseline {percent(base['test_accuracy'])} ± {points(base['spread'])} points"
    if best is not base:
        text += (f"; best on validation: {best['technique']} "
                 f"{percent(best['test_accuracy'])} ± {points(best['spread'])} points")
    return text + f" (test, {base['seeds']} seed(s))"


def _models(m):
    mnist = [r for r in m["models"] if r["task"].startswith("MNIST")]
    return " / ".join(f"{r['model']} {percent(r['accuracy'])}" for r in mnist) + " (MNIST pairs, test)"


def _one_shot(m):
    value = m.get("oneshot_20way_accuracy_pct")
    ours = f"{value:.1f}%" if value is not None else percent(m["oneshot_20way_accuracy"])
    return f"{ours} (1-NN on pixels {percent(m['nn_pixel_baseline_accuracy'])})"


def _first_training(m):
    rows = m.get("moved_pairs", [])
    pixels = next(r for r in rows if r["verifier"] == "raw pixels")
    taken = max(rows, key=lambda r: r["as_taken_pct"])
    moved = max(rows, key=lambda r: r["moved_pct"])
    return (f"moved photos: {moved['moved_pct']:.1f}% ({moved['verifier']}) vs raw pixels "
            f"{pixels['moved_pct']:.1f}%; as taken: {taken['as_taken_pct']:.1f}% ({taken['verifier']}) vs raw "
            f"pixels {pixels['as_taken_pct']:.1f}%")


# name -> (what is measured, headline from the metrics, the published number or None)
HEADLINES = {
    "01-siamese-architecture": ("verification accuracy on 6 unseen people's AT&T faces, best verifier",
                                _first_training, None),
    "02-training-and-optimization": ("ablation: verification accuracy over seeds", _ablation, None),
    "03-model-comparison": ("verification accuracy CNN / LSTM / Transformer", _models, None),
    "04-text-similarity-lstm": (
        "SICK test Pearson / Spearman / MSE",
        lambda m: f"{m['pearson']:.3f} / {m['spearman']:.3f} / {m['mse']:.3f}",
        "0.8822 / 0.8345 / 0.2286 (Mueller & Thyagarajan 2016)"),
    "05-one-shot-omniglot": ("20-way one-shot accuracy, Lake's 400 trials", _one_shot, "92.0% (Koch et al. 2015)"),
}


def headline(name, metrics):
    """(measure, ours, paper) for a notebook's results metrics; ours is None when the metrics lack its keys."""
    measure, render, paper = HEADLINES.get(name, (name, None, None))
    try:
        ours = render(metrics) if render else None
    except (KeyError, IndexError, TypeError):
        ours = None
    return measure, ours, paper
