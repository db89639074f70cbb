namespace Siamese.Lib.Training;

/// <summary>
/// Numeric precision of training. Only float32 exists today: TorchSharp 0.107 has no autocast or gradient
/// scaler (environment/PORTING.md), and on the CPU (where these notebooks mostly run) half precision is slower, not faster.
/// The option is here so that mixed precision can be added without changing callers.
/// </summary>
public enum TrainingPrecision
{
    /// <summary>Everything in float32.</summary>
    Float32,
}
