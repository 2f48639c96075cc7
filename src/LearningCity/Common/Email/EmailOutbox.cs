using LearningCity.Common.Data;

namespace LearningCity.Common.Email;

/// <summary>Queues e-mail in the caller's unit of work; the dispatcher sends it after the save commits.</summary>
public sealed class EmailOutbox(AppDbContext db, TimeProvider time)
{
    public void Enqueue(string to, string subject, string htmlBody, string textBody)
    {
        var now = time.GetUtcNow().UtcDateTime;
        db.OutboxEmails.Add(new OutboxEmail
        {
            To = to,
            Subject = subject,
            HtmlBody = htmlBody,
            TextBody = textBody,
            CreatedAt = now,
            NextAttemptAt = now,
        });
    }
}
