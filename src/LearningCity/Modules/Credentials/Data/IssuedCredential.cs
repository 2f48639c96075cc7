using LearningCity.Common.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Credentials.Data;

/// <summary>
/// One signed OpenBadgeCredential as it was issued (the compact VC-JWT), with its recipient and revocation
/// state. The row is written in the same transaction as the event that earned it, so no issuance is lost.
/// </summary>
public sealed class IssuedCredential
{
    /// <summary>Also the credential's id: urn:uuid:{Id}.</summary>
    public Guid Id { get; set; }
    public int AchievementId { get; set; }
    /// <summary>A person (Identity module) or a city (Cities module); by id only. The user id is cleared when the account is deleted.</summary>
    public Guid? RecipientUserId { get; set; }
    public int? RecipientCityId { get; set; }
    public string RecipientName { get; set; } = "";
    public DateTime IssuedAt { get; set; }
    public DateTime? ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public string? RevocationReason { get; set; }
    public Guid? IssuedBy { get; set; }
    /// <summary>What earned it, unique so that an event never issues twice, e.g. "booster.registration:42".</summary>
    public string SourceKey { get; set; } = "";
    public string KeyId { get; set; } = "";
    /// <summary>The credential as signed: a compact JWS (VC-JWT) whose payload is the OpenBadgeCredential.</summary>
    public string Jwt { get; set; } = "";
}

/// <summary>
/// A signing key of the platform. The private half is encrypted with ASP.NET Data Protection (whose keys are in
/// the database), so every node signs and verifies with the same keys, and old credentials verify after a restart.
/// </summary>
public sealed class SigningKey
{
    /// <summary>The JWS "kid".</summary>
    public string Id { get; set; } = "";
    public string Algorithm { get; set; } = "";
    /// <summary>The public key as a JSON Web Key.</summary>
    public string PublicJwk { get; set; } = "";
    public string ProtectedPrivateKey { get; set; } = "";
    /// <summary>
    /// The issuer id (the platform's issuer profile URL) that the credentials signed with this key name, fixed when the
    /// key is made and never read from the current settings: verification compares with it, so a later change of
    /// Site:PublicUrl breaks nothing. A rotation keeps it unless an admin gives a new public address. Null only for a key
    /// made before it was stored, until the key's first use fills it in from the credentials the key signed.
    /// </summary>
    public string? IssuerId { get; set; }
    /// <summary>
    /// Other issuer ids under which a key made before the issuer id was stored signed credentials (the site's address
    /// changed while it signed); those credentials verify too. Empty for every key made since.
    /// </summary>
    public List<string> EarlierIssuerIds { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    /// <summary>A retired key no longer signs, but still verifies what it signed.</summary>
    public DateTime? RetiredAt { get; set; }
}

internal sealed class IssuedCredentialConfiguration : IEntityTypeConfiguration<IssuedCredential>
{
    public void Configure(EntityTypeBuilder<IssuedCredential> b)
    {
        b.ToTable("credentials_issued");
        b.Property(c => c.RecipientName).HasMaxLength(300);
        b.Property(c => c.RevocationReason).HasMaxLength(500);
        b.Property(c => c.SourceKey).HasMaxLength(200);
        b.Property(c => c.KeyId).HasMaxLength(100);
        b.HasIndex(c => c.SourceKey).IsUnique();
        b.HasIndex(c => c.RecipientUserId);
        b.HasIndex(c => c.RecipientCityId);
        b.HasIndex(c => c.AchievementId);
        b.HasOne<Achievement>().WithMany().HasForeignKey(c => c.AchievementId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SigningKeyConfiguration : IEntityTypeConfiguration<SigningKey>
{
    public void Configure(EntityTypeBuilder<SigningKey> b)
    {
        b.ToTable("credentials_signing_keys");
        b.Property(k => k.Id).HasMaxLength(100);
        b.Property(k => k.Algorithm).HasMaxLength(20);
        b.Property(k => k.PublicJwk).HasMaxLength(4000);
        b.Property(k => k.ProtectedPrivateKey).HasMaxLength(8000);
        b.Property(k => k.IssuerId).HasMaxLength(500);
        b.Property(k => k.EarlierIssuerIds).HasConversion(JsonColumn.Converter<List<string>>(), JsonColumn.Comparer<List<string>>()).HasMaxLength(4000);
    }
}
