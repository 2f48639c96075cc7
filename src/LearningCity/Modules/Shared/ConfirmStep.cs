namespace LearningCity.Modules.Shared;

/// <summary>
/// The model of the _ConfirmStep partial: an action that changes a status for good (return, validate, approve,
/// publish...) asks first. The first button only opens the question (a native &lt;details&gt;, so it works without
/// script and with a keyboard or screen reader); the submit button inside it does the action.
/// </summary>
/// <param name="Id">The id of the opening control; the submit button gets Id + "-confirm".</param>
/// <param name="Label">The action's name, already localized (e.g. "ส่งกลับให้แก้ไข").</param>
/// <param name="Question">What will happen, already localized.</param>
public sealed record ConfirmStep(string Id, string Label, string Question, string ButtonClass = "btn-primary",
    string? Name = null, string? Value = null, string? Form = null);
