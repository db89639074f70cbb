namespace Siamese.Lib.Training;

/// <summary>Whether a monitored quantity improves by going down (a loss) or up (an accuracy).</summary>
public enum MetricGoal
{
    /// <summary>Lower is better (losses, errors, MSE).</summary>
    Minimize,

    /// <summary>Higher is better (accuracy, AUC, Pearson's r).</summary>
    Maximize,
}
