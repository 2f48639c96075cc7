using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using LearningCity.Tests.Search;
using static LearningCity.Tests.Credentials.CredentialVerificationTests;

namespace LearningCity.Tests.Credentials;

public sealed class CredentialNodesTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private string NewIndexPath() => Path.Combine(factory.Database.Directory, "node-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task A_credential_verifies_on_a_second_node_and_after_a_restart_and_the_second_node_signs_with_the_same_key()
    {
        var (credential, learner, _, achievementId) = await factory.NewCredentialAsync();
        await using (var second = await SecondNode.StartAsync(factory, NewIndexPath()))
        {
            Assert.True((await VerifyAsync(second.CreateClient(), credential.Jwt)).GetProperty("valid").GetBoolean());
            var fromSecond = await second.IssueAsync(achievementId, learner);
            Assert.Equal(Modules.Credentials.Signing.CredentialJws.TryRead(credential.Jwt)!.KeyId, Modules.Credentials.Signing.CredentialJws.TryRead(fromSecond.Jwt)!.KeyId);
            Assert.True((await VerifyAsync(factory.CreateClient(), fromSecond.Jwt)).GetProperty("valid").GetBoolean());
        }
        await using var restarted = await SecondNode.StartAsync(factory, NewIndexPath());
        Assert.True((await VerifyAsync(restarted.CreateClient(), credential.Jwt)).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Two_nodes_creating_the_first_key_at_once_end_with_one_key()
    {
        await using var a = await SecondNode.StartAsync(factory, NewIndexPath());
        await using var b = await SecondNode.StartAsync(factory, NewIndexPath());
        var achievementId = await factory.AddAchievementAsync(null);
        var learner = await factory.CreateAsync();
        await factory.WithDbAsync(SigningKeyCleanup.RemoveAllAsync);
        var issued = await Task.WhenAll(a.IssueAsync(achievementId, learner), b.IssueAsync(achievementId, learner), factory.IssueAsync(achievementId, learner));
        Assert.Equal(1, await factory.WithDbAsync(db => db.SigningKeys.CountAsync()));
        foreach (var c in issued) Assert.True((await VerifyAsync(factory.CreateClient(), c.Jwt)).GetProperty("valid").GetBoolean());
    }
}

internal static class SigningKeyCleanup
{
    /// <summary>Starts from no key at all; credentials signed by a removed key would no longer verify, so their rows go too.</summary>
    public static async Task<int> RemoveAllAsync(Common.Data.AppDbContext db)
    {
        await db.IssuedCredentials.ExecuteDeleteAsync();
        return await db.SigningKeys.ExecuteDeleteAsync();
    }
}
