using LearningCity.Common.Data;
using LearningCity.Modules.Forum.Api;
using LearningCity.Modules.Forum.Feeds;
using LearningCity.Modules.Forum.Moderation;
using LearningCity.Modules.Forum.Posting;
using LearningCity.Modules.Forum.Public;
using LearningCity.Modules.Forum.Reading;
using LearningCity.Modules.Forum.Search;
using LearningCity.Modules.Forum.Seed;
using LearningCity.Modules.Forum.Spaces;
using LearningCity.Modules.Forum.Subscriptions;
using LearningCity.Modules.Search.Public;

namespace LearningCity.Modules.Forum;

/// <summary>Pillar 1's Forum: the learning cities' community of practice, with questions, accepted answers, moderation and private spaces.</summary>
public static class ForumModule
{
    public static void AddForumModule(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<ForumOptions>(builder.Configuration.GetSection("Forum"));
        services.AddScoped<ForumAccess>();
        services.AddScoped<ForumNotifier>();
        services.AddScoped<ForumPosting>();
        services.AddScoped<ForumReactions>();
        services.AddScoped<ForumModeration>();
        services.AddScoped<ModerationQueue>();
        services.AddScoped<CategoryAdmin>();
        services.AddScoped<ForumFollowing>();
        services.AddScoped<ForumQueries>();
        services.AddScoped<ForumSpaces>();
        services.AddScoped<Identity.Public.IPersonalData, Privacy.ForumPersonalData>();
        services.AddSearchSource<TopicSearchSource>();
        services.AddSingleton<IStartupSeeder, DemoForumSeeder>();
    }

    public static void MapForum(this WebApplication app)
    {
        app.MapForumApi();
        app.MapForumFeeds();
    }
}
