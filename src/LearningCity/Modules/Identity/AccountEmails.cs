namespace LearningCity.Modules.Identity;

/// <summary>E-mails about an account (confirmation, password reset), written in the user's language.</summary>
internal sealed class AccountEmails;
