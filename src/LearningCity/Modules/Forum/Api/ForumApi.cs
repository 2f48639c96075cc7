using System.Security.Claims;
using LearningCity.Common.Api;
using LearningCity.Common.Auth;
using LearningCity.Common.Content;
using LearningCity.Common.Localization;
using LearningCity.Modules.Forum.Data;
using LearningCity.Modules.Forum.Moderation;
using LearningCity.Modules.Forum.Posting;
using LearningCity.Modules.Forum.Reading;
using LearningCity.Modules.Forum.Subscriptions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LearningCity.Modules.Forum.Api;

/// <summary>The forum's JSON API: what a person may see, write and moderate, by the same rules as the pages.</summary>
internal static class ForumApi
{
    public static void MapForumApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/forum").WithTags("Forum");
        group.MapGet("/categories", CategoriesAsync).WithName("ListForumCategories")
            .WithSummary("The categories the caller may see (private spaces only for their members), with topic and reply counts and the latest activity.");
        group.MapGet("/topics", TopicsAsync).WithName("ListForumTopics")
            .WithSummary("Topics the caller may see, latest activity first. Filters: category (id), tag (an indicator code such as B2.3 or a province code such as TH-50).");
        group.MapGet("/topics/{id:int}", TopicAsync).WithName("GetForumTopic")
            .WithSummary("A topic with one page of its posts: the question first, then the accepted answer, then the other replies in order.").ProducesProblem(404);
        group.MapGet("/posts/{id:int}/history", HistoryAsync).WithName("GetForumPostHistory")
            .WithSummary("What a post said before each edit, latest first.").ProducesProblem(404);

        var write = group.MapGroup("").RequireAuthorization(Policies.SignedIn);
        write.MapPost("/topics", CreateTopicAsync).WithName("CreateForumTopic")
            .WithSummary("Start a topic (Markdown; a question if isQuestion). A new account's first posts wait for a moderator; posting is rate-limited per account (429).")
            .Produces<TopicDto>(201).ProducesValidationProblem().ProducesProblem(429);
        write.MapPost("/topics/{id:int}/replies", ReplyAsync).WithName("ReplyToForumTopic")
            .WithSummary("Reply to a topic, quoting one of its posts if quotePostId is given; @handle (the part of an e-mail before the @) notifies that person. A locked topic refuses (409).")
            .Produces<PostDto>(201).ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409).ProducesProblem(429);
        write.MapPut("/posts/{id:int}", EditAsync).WithName("EditForumPost")
            .WithSummary("Change a post (its author or a moderator); what it said before is kept in its history.")
            .Produces<PostDto>().ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        write.MapPost("/posts/{id:int}/accept", AcceptAsync).WithName("AcceptForumAnswer")
            .WithSummary("Accept a reply as the answer to a question (the asker or a moderator); it then shows first.")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        write.MapPost("/posts/{id:int}/vote", VoteAsync).WithName("VoteForumPost")
            .WithSummary("Mark a post helpful (helpful: true) or take the mark back; one per person, never on one's own post (409).")
            .Produces<VoteDto>().ProducesProblem(404).ProducesProblem(409);
        write.MapPost("/posts/{id:int}/report", ReportAsync).WithName("ReportForumPost")
            .WithSummary("Tell the moderators a post breaks the rules.").Produces<ReportDto>(201).ProducesValidationProblem().ProducesProblem(404);
        write.MapGet("/subscriptions", SubscriptionsAsync).WithName("ListForumSubscriptions").WithSummary("The caller's subscriptions.");
        write.MapPost("/subscriptions", SubscribeAsync).WithName("SubscribeForum")
            .WithSummary("Follow a topic, a category or an indicator tag (kind: Topic, Category, Tag; target: an id or an indicator code); new posts there notify the caller.")
            .Produces<SubscriptionDto>(201).ProducesValidationProblem();
        write.MapDelete("/subscriptions", UnsubscribeAsync).WithName("UnsubscribeForum").WithSummary("Stop following (kind and target as given when subscribing).");

        write.MapGet("/moderation", QueueAsync).WithName("ForumModerationQueue")
            .WithSummary("Facilitators and admins: posts waiting for approval and open reports.").ProducesProblem(403);
        write.MapPost("/posts/{id:int}/moderation", ModeratePostAsync).WithName("ModerateForumPost")
            .WithSummary("Facilitators and admins: Approve, Hide, Show or Dismiss (close its reports). Audited.")
            .Produces<PostDto>().ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        write.MapPost("/topics/{id:int}/moderation", ModerateTopicAsync).WithName("ModerateForumTopic")
            .WithSummary("Facilitators and admins: Lock, Unlock, Pin, Unpin, Hide, Show, or Move (with categoryId). Audited.")
            .Produces<TopicSummaryDto>().ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        write.MapPost("/categories", CreateCategoryAsync).WithName("CreateForumCategory")
            .WithSummary("Admins: add a category (slug, Thai and English names, pillar 1–6 or none).").Produces<CategoryDto>(201).ProducesValidationProblem().ProducesProblem(403);
        write.MapPut("/categories/{id:int}", UpdateCategoryAsync).WithName("UpdateForumCategory")
            .WithSummary("Admins: change a category.").Produces<CategoryDto>().ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
    }

    private static async Task<Ok<List<CategoryDto>>> CategoriesAsync(ClaimsPrincipal user, ForumQueries queries, CancellationToken ct) =>
        TypedResults.Ok((await queries.CategoriesAsync(user, ct)).Select(CategoryDto.Of).ToList());

    private static async Task<Ok<Paged<TopicSummaryDto>>> TopicsAsync(int? category, string? tag, int? page, int? pageSize, ClaimsPrincipal user,
        ForumQueries queries, CancellationToken ct) =>
        TypedResults.Ok((await queries.TopicsAsync(user, category, tag, PageRequest.From(page, pageSize), ct)).Map(TopicSummaryDto.Of));

    private static async Task<IResult> TopicAsync(int id, int? page, ClaimsPrincipal user, ForumQueries queries, MarkdownRenderer markdown,
        JsonStringLocalizer l, CancellationToken ct)
    {
        var view = await queries.TopicAsync(user, id, PageRequest.From(page, ForumQueries.PostsPerPage), ct);
        if (view is null) return TypedResults.Problem(statusCode: 404, detail: l["Forum.Error.TopicNotFound"]);
        return TypedResults.Ok(TopicDto.Of(view, a => Name(view.Authors, a, l), markdown));
    }

    private static async Task<IResult> HistoryAsync(int id, ClaimsPrincipal user, ForumPosting posting, ForumQueries queries, JsonStringLocalizer l,
        CancellationToken ct)
    {
        if (await posting.FindPostAsync(user, id, ct) is null) return TypedResults.Problem(statusCode: 404, detail: l["Forum.Error.PostNotFound"]);
        var history = await queries.HistoryAsync(id, ct);
        var names = await queries.NamesAsync(history.Select(r => r.EditorId), ct);
        return TypedResults.Ok(history.Select(r => new RevisionDto(r.Id, r.Body, Name(names, r.EditorId, l), r.EditedAt)).ToList());
    }

    private static async Task<IResult> CreateTopicAsync(NewTopicInput input, ClaimsPrincipal user, ForumPosting posting, ForumQueries queries,
        MarkdownRenderer markdown, JsonStringLocalizer l, CancellationToken ct)
    {
        var done = await posting.CreateTopicAsync(user, input, ct);
        if (!done.Ok) return done.Problem();
        var view = await queries.TopicAsync(user, done.Value!.Id, PageRequest.From(1, ForumQueries.PostsPerPage), ct);
        return TypedResults.Created(ForumLinks.Topic(done.Value.Id), TopicDto.Of(view!, a => Name(view!.Authors, a, l), markdown));
    }

    private static async Task<IResult> ReplyAsync(int id, ReplyInput input, ClaimsPrincipal user, ForumPosting posting, MarkdownRenderer markdown,
        JsonStringLocalizer l, CancellationToken ct)
    {
        var done = await posting.ReplyAsync(user, id, input, ct);
        if (!done.Ok) return done.Problem();
        var topic = (await posting.FindTopicAsync(user, id, ct))!;
        return TypedResults.Created($"{ForumLinks.Topic(id)}#post-{done.Value!.Id}", PostDto.Of(done.Value, topic, DisplayNames.Of(user), markdown));
    }

    private static async Task<IResult> EditAsync(int id, EditInput input, ClaimsPrincipal user, ForumPosting posting, ForumQueries queries,
        MarkdownRenderer markdown, JsonStringLocalizer l, CancellationToken ct)
    {
        var done = await posting.EditAsync(user, id, input, ct);
        if (!done.Ok) return done.Problem();
        var found = (await posting.FindPostAsync(user, id, ct))!.Value;
        var names = await queries.NamesAsync([found.Post.AuthorId], ct);
        return TypedResults.Ok(PostDto.Of(found.Post, found.Topic, Name(names, found.Post.AuthorId, l), markdown));
    }

    private static async Task<IResult> AcceptAsync(int id, ClaimsPrincipal user, ForumReactions reactions, CancellationToken ct)
    {
        var done = await reactions.AcceptAsync(user, id, ct);
        return done.Ok ? TypedResults.Ok(new { topicId = done.Value!.Id, acceptedPostId = done.Value.AcceptedPostId }) : done.Problem();
    }

    private static async Task<IResult> VoteAsync(int id, VoteInput input, ClaimsPrincipal user, ForumReactions reactions, CancellationToken ct)
    {
        var done = await reactions.VoteAsync(user, id, input.Helpful, ct);
        return done.Ok ? TypedResults.Ok(new VoteDto(id, done.Value!.HelpfulCount, input.Helpful)) : done.Problem();
    }

    private static async Task<IResult> ReportAsync(int id, ReportInput input, ClaimsPrincipal user, ForumReactions reactions, CancellationToken ct)
    {
        var done = await reactions.ReportAsync(user, id, input.Reason, ct);
        return done.Ok ? TypedResults.Created((string?)null, ReportDto.Of(done.Value!)) : done.Problem();
    }

    private static async Task<Ok<List<SubscriptionDto>>> SubscriptionsAsync(ClaimsPrincipal user, ForumFollowing following, CancellationToken ct) =>
        TypedResults.Ok((await following.MineAsync(user, ct)).Select(SubscriptionDto.Of).ToList());

    private static async Task<IResult> SubscribeAsync(SubscriptionInput input, ClaimsPrincipal user, ForumFollowing following, JsonStringLocalizer l,
        CancellationToken ct)
    {
        if (!Enum.TryParse<SubscriptionKind>(input.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["kind"] = [l["Forum.Error.SubscriptionKind"]] });
        var done = await following.SubscribeAsync(user, kind, input.Target, ct);
        return done.Ok ? TypedResults.Created((string?)null, SubscriptionDto.Of(done.Value!)) : done.Problem();
    }

    private static async Task<IResult> UnsubscribeAsync(string? kind, string? target, ClaimsPrincipal user, ForumFollowing following, JsonStringLocalizer l,
        CancellationToken ct)
    {
        if (!Enum.TryParse<SubscriptionKind>(kind, ignoreCase: true, out var k) || !Enum.IsDefined(k))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["kind"] = [l["Forum.Error.SubscriptionKind"]] });
        await following.UnsubscribeAsync(user, k, target, ct);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> QueueAsync(ClaimsPrincipal user, ModerationQueue queue, MarkdownRenderer markdown, JsonStringLocalizer l,
        CancellationToken ct)
    {
        if (!Forum.Spaces.ForumAccess.IsModerator(user)) return TypedResults.Problem(statusCode: 403, detail: l["Forum.Error.NotModerator"]);
        var q = await queue.LoadAsync(user, ct);
        return TypedResults.Ok(new ModerationQueueDto(
            q.Waiting.Select(w => PostDto.Of(w.Post, w.Topic, Name(q.Authors, w.Post.AuthorId, l), markdown)).ToList(),
            q.Reports.Select(r => ReportDto.Of(r.Report)).ToList()));
    }

    private static async Task<IResult> ModeratePostAsync(int id, ModerationInput input, ClaimsPrincipal user, ForumModeration moderation,
        ForumPosting posting, MarkdownRenderer markdown, JsonStringLocalizer l, CancellationToken ct)
    {
        if (!Forum.Spaces.ForumAccess.IsModerator(user)) return TypedResults.Problem(statusCode: 403, detail: l["Forum.Error.NotModerator"]);
        if (!Enum.TryParse<PostAction>(input.Action, ignoreCase: true, out var action) || !Enum.IsDefined(action))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["action"] = [l["Forum.Error.Action"]] });
        var done = await moderation.PostAsync(user, id, action, ct);
        if (!done.Ok) return done.Problem();
        var found = (await posting.FindPostAsync(user, id, ct))!.Value;
        return TypedResults.Ok(PostDto.Of(found.Post, found.Topic, "", markdown));
    }

    private static async Task<IResult> ModerateTopicAsync(int id, ModerationInput input, ClaimsPrincipal user, ForumModeration moderation,
        JsonStringLocalizer l, CancellationToken ct)
    {
        if (!Forum.Spaces.ForumAccess.IsModerator(user)) return TypedResults.Problem(statusCode: 403, detail: l["Forum.Error.NotModerator"]);
        if (!Enum.TryParse<TopicAction>(input.Action, ignoreCase: true, out var action) || !Enum.IsDefined(action))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["action"] = [l["Forum.Error.Action"]] });
        var done = await moderation.TopicAsync(user, id, action, input.CategoryId, ct);
        if (!done.Ok) return done.Problem();
        var t = done.Value!;
        return TypedResults.Ok(TopicSummaryDto.Of(new TopicRow(t.Id, t.CategoryId, t.Title, t.Kind, t.IsPinned, t.IsLocked, t.IsApproved, t.IsHidden,
            t.AcceptedPostId != null, t.ReplyCount, t.CreatedAt, t.LastPostAt, t.AuthorId, t.Tags)));
    }

    private static async Task<IResult> CreateCategoryAsync(CategoryInput input, ClaimsPrincipal user, CategoryAdmin admin, CancellationToken ct)
    {
        var done = await admin.SaveAsync(user, null, input, ct);
        return done.Ok ? TypedResults.Created(ForumLinks.Category(done.Value!.Slug), CategoryDto.Of(new CategoryRow(done.Value, 0, 0, null))) : done.Problem();
    }

    private static async Task<IResult> UpdateCategoryAsync(int id, CategoryInput input, ClaimsPrincipal user, CategoryAdmin admin, CancellationToken ct)
    {
        var done = await admin.SaveAsync(user, id, input, ct);
        return done.Ok ? TypedResults.Ok(CategoryDto.Of(new CategoryRow(done.Value!, 0, 0, null))) : done.Problem();
    }

    private static string Name(IReadOnlyDictionary<Guid, string> names, Guid id, JsonStringLocalizer l) =>
        names.TryGetValue(id, out var name) ? name : l[Identity.Public.DeletedAccount.LabelKey];
}
