using System.ComponentModel.DataAnnotations;

namespace LearningCity.Modules.Resources.Spaces;

/// <summary>The API body of POST and PUT: the shared fields plus lists, and (PUT) the version it was read at.</summary>
public sealed class SpaceApiInput : SpaceInput
{
    public List<OpeningHoursInput>? OpeningHours { get; set; }
    public List<string>? Facilities { get; set; }
    /// <summary>Accessibility feature names, e.g. "StepFreeAccess", "Braille".</summary>
    public List<string>? Accessibility { get; set; }

    [Display(Name = "Spaces.Field.Version")]
    public uint? Version { get; set; }
}
