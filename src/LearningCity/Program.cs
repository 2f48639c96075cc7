using LearningCity.Common.Data;
using LearningCity.Common.Web;
using LearningCity.Modules.Academy;
using LearningCity.Modules.Assessment;
using LearningCity.Modules.Awards;
using LearningCity.Modules.Audit;
using LearningCity.Modules.Booster;
using LearningCity.Modules.Cities;
using LearningCity.Modules.Credentials;
using LearningCity.Modules.Forum;
using LearningCity.Modules.Identity;
using LearningCity.Modules.Mentoring;
using LearningCity.Modules.Research;
using LearningCity.Modules.Resources;
using LearningCity.Modules.Search;
using LearningCity.Modules.Search.Indexing;
using LearningCity.Modules.Shared;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatform();
builder.AddIdentityModule();
builder.AddCitiesModule();
builder.AddAuditModule();
builder.AddResourcesModule();
builder.AddSearchModule();
builder.AddCredentialsModule();
builder.AddBoosterModule();
builder.AddAssessmentModule();
builder.AddResearchModule();
builder.AddAwardsModule();
builder.AddAcademyModule();
builder.AddMentoringModule();
builder.AddForumModule();

var app = builder.Build();

if (await AdminCommand.TryRunAsync(app, args) || await SearchRebuild.TryRunCommandAsync(app, args))
    return;

await app.Services.MigrateAndSeedAsync();

app.UsePlatform();
app.MapShared();
app.MapIdentity();
app.MapCities();
app.MapAudit();
app.MapResources();
app.MapSearch();
app.MapCredentials();
app.MapBooster();
app.MapAssessment();
app.MapResearch();
app.MapAwards();
app.MapAcademy();
app.MapMentoring();
app.MapForum();

await app.RunAsync();

public partial class Program;
