using System.Net;
using System.Net.Http.Json;
using LearningCity.Common.Localization;
using LearningCity.Modules.Academy.Data;
using LearningCity.Modules.Assessment.Data;
using LearningCity.Modules.Awards.Data;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Mentoring.Data;
using LearningCity.Modules.Forum.Data;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Research.Data;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Resources.Public;
using LearningCity.Modules.Search.Data;
using LearningCity.Tests.Assessment;
using LearningCity.Tests.Awards;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Credentials;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Security;

/// <summary>
/// The items one persona's calls address, so that what one persona changes (publishes, deletes, revokes, locks) is
/// never what the next one meets. Items of a city belong to the fixture city, items of an organisation to the fixture
/// organisation; the learner's items (registration, notification, self-declared learning, credential) to the learner.
/// Drafts where a draft's visibility is the question; the activity is published so that learners can register.
/// </summary>
internal sealed record MatrixWorld
{
    public required int ResourceId { get; init; }                // draft of the city, with a private file
    public required int ReportedResourceId { get; init; }        // published, reported by the learner
    public required long ReportId { get; init; }
    public required int SpaceId { get; init; }                   // draft of the organisation
    public required int FundingId { get; init; }                 // draft of the organisation
    public required int ActivityId { get; init; }                // published, of the city
    public required int SessionId { get; init; }
    public required int RegistrationId { get; init; }            // the learner's, attended
    public required string TicketCode { get; init; }
    public required long NotificationId { get; init; }           // the learner's
    public required int SelfDeclaredId { get; init; }            // the learner's, with an evidence file
    public required int SecondSelfDeclaredId { get; init; }      // the learner's, for the page that deletes one
    public required int AchievementId { get; init; }             // of the organisation
    public required Guid CredentialId { get; init; }             // issued to the learner
    public required int ResearchId { get; init; }                // the researcher's draft, with a file
    public required Guid ImportJobId { get; init; }              // the coordinator's
    public required int PendingCityId { get; init; }             // proposed by the learner
    public required Guid SubjectUserId { get; init; }            // an account for user administration to act on
    public required int AssessmentCycleId { get; init; }
    public required string IndicatorCode { get; init; }          // of the cycle's framework
    public required string EvidenceFile { get; init; }           // of the city's submitted assessment
    public required int DraftFrameworkId { get; init; }
    public required string DraftIndicatorCode { get; init; }
    public required int AwardCycleId { get; init; }              // judging phase
    public required int CategoryId { get; init; }
    public required int CriterionId { get; init; }
    public required int ApplicationId { get; init; }             // the city's, submitted, with an evidence file
    public required string ApplicationFile { get; init; }
    public required int JudgeId { get; init; }                   // the judge persona on the panel
    public required int AssignmentId { get; init; }              // the judge persona's
    public required int MentoringId { get; init; }
    public required int PublishedCycleId { get; init; }          // results published
    public required int PublishedApplicationId { get; init; }    // the city's, in the published cycle
    public required int SynonymId { get; init; }                 // an admin's search synonym rule, for the pages
    public required int ApiSynonymId { get; init; }              // another, for the API (each deletes its own)
    public required int CourseId { get; init; }                  // the facilitator's draft, with a file lesson
    public required int CourseFileLessonId { get; init; }
    public required int MentoringPairId { get; init; }           // proposed: the fixture city's coordinator asked the other city
    public required int ForumCategoryId { get; init; }            // a public category of the first-run seed
    public required string ForumCategorySlug { get; init; }
    public required int ForumTopicId { get; init; }               // the learner's approved question
    public required int ForumPostId { get; init; }                // the learner's own reply in it

    private static readonly DateTime At = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static async Task<MatrixWorld> BuildAsync(AppFactory factory, MatrixFixture f, HttpClient admin)
    {
        var learner = f.Learner.Id;
        var now = factory.UtcNow().UtcDateTime;
        var subject = await factory.CreateAsync();
        var resourceFile = await MatrixFiles.PrivateDocumentAsync(factory);
        var researchFile = await MatrixFiles.PrivateDocumentAsync(factory);
        var learnerFile = await MatrixFiles.PrivateDocumentAsync(factory);
        var evidenceFile = await MatrixFiles.PrivateDocumentAsync(factory);
        var applicationFile = await MatrixFiles.PrivateDocumentAsync(factory);
        var achievement = await factory.AddAchievementAsync(cityId: null, organisationId: f.OrganisationId);
        var credential = await factory.IssueAsync(achievement, f.Learner);
        var pendingCity = await factory.AddCityAsync(CityTestData.Unique("เมืองรออนุมัติ"), status: CityStatus.Pending, proposedBy: learner);

        var items = await factory.WithDbAsync(async db =>
        {
            var topic = await db.Topics.OrderBy(t => t.SortOrder).Select(t => t.Id).FirstAsync();
            var resource = new LearningResource
            {
                Title = new BilingualText(CityTestData.Unique("ร่างแหล่งเรียนรู้")), Type = ResourceType.Article, CityId = f.CityId,
                Status = PublicationStatus.Draft, FileName = resourceFile, FileOriginalName = "คู่มือ.pdf", CreatedAt = At, UpdatedAt = At, Version = 1,
            };
            var reported = new LearningResource
            {
                Title = new BilingualText(CityTestData.Unique("แหล่งเรียนรู้ที่ถูกรายงาน")), Type = ResourceType.Article, CityId = f.CityId,
                Status = PublicationStatus.Published, PublishedOn = new DateOnly(2025, 1, 1), CreatedAt = At, UpdatedAt = At, Version = 1,
            };
            var space = new LearningSpace
            {
                Name = new BilingualText(CityTestData.Unique("ร่างห้องสมุด")), Type = SpaceType.PublicLibrary, ProvinceCode = "TH-50",
                Latitude = 18.79, Longitude = 98.98, OrganisationId = f.OrganisationId, Status = PublicationStatus.Draft,
                CreatedAt = At, UpdatedAt = At, Version = 1,
            };
            var funding = new FundingSource
            {
                Funder = new BilingualText("กองทุนทดสอบ"), Programme = new BilingualText(CityTestData.Unique("ร่างทุน")),
                OrganisationId = f.OrganisationId, Status = PublicationStatus.Draft, CreatedAt = At, UpdatedAt = At, Version = 1,
            };
            var activity = new Activity
            {
                Title = new BilingualText(CityTestData.Unique("เวิร์กช็อปเมทริกซ์")), Status = PublicationStatus.Published, CityId = f.CityId,
                ProvinceCode = "TH-50", CreatedAt = now, UpdatedAt = now, Version = 1, Topics = [new ActivityTopic { TopicId = topic }],
                Sessions = [new ActivitySession { StartsAt = now.AddHours(1), EndsAt = now.AddHours(3), Capacity = 20, ConfirmedCount = 1 }],
            };
            var research = new ResearchItem
            {
                Title = new BilingualText(CityTestData.Unique("ร่างงานวิจัย")), Abstract = new BilingualText("บทคัดย่อ"), Authors = ["ผู้วิจัย"],
                Year = 2024, Type = ResearchType.Report, Status = PublicationStatus.Draft, CreatedBy = f.Users[Persona.Researcher].Id,
                FileName = researchFile, FileOriginalName = "รายงาน.pdf", CreatedAt = At, UpdatedAt = At, Version = 1,
            };
            var selfDeclared = new SelfDeclaredLearning
            {
                UserId = learner, Title = "หลักสูตรออนไลน์", CompletedOn = new DateOnly(2025, 1, 1), Hours = 2, TopicIds = [topic],
                EvidenceFile = learnerFile, EvidenceFileName = "ใบรับรอง.pdf", CreatedAt = At,
            };
            var secondSelfDeclared = new SelfDeclaredLearning
            {
                UserId = learner, Title = "อ่านหนังสือ", CompletedOn = new DateOnly(2025, 1, 1), Hours = 1, TopicIds = [topic], CreatedAt = At,
            };
            var notification = new Notification
            {
                UserId = learner, Kind = NotificationKind.RegistrationConfirmed, Title = new BilingualText("ยืนยันการลงทะเบียน"), CreatedAt = At,
            };
            var (synonymLine, apiSynonymLine) = ($"{CityTestData.Unique("คำพ้องเมทริกซ์")}, matrix", $"{CityTestData.Unique("คำพ้องเมทริกซ์")}, api");
            var synonym = new SearchSynonym { Line = synonymLine, Rule = synonymLine, CreatedAt = At, UpdatedAt = At };
            var apiSynonym = new SearchSynonym { Line = apiSynonymLine, Rule = apiSynonymLine, CreatedAt = At, UpdatedAt = At };
            var job = new ImportJob
            {
                Id = Guid.NewGuid(), Kind = "space", CityId = f.CityId, Status = ImportJobStatus.Done, FileName = "spaces.csv",
                CreatedBy = f.Users[Persona.Coordinator].Id, CreatedAt = At, FinishedAt = At,
            };
            db.AddRange(resource, reported, space, funding, activity, research, selfDeclared, secondSelfDeclared, notification, job, synonym, apiSynonym);
            await db.SaveChangesAsync();

            var registration = new Registration
            {
                SessionId = activity.Sessions[0].Id, ActivityId = activity.Id, UserId = learner, Status = RegistrationStatus.Confirmed,
                TicketCode = Guid.NewGuid().ToString("N")[..16].ToUpperInvariant(), AgeGroup = AgeGroup.WorkingAge, CreatedAt = now, ConsentVersion = "1",
                ConsentedAt = now, AttendedAt = now,
            };
            var report = new ContentReport
            {
                ContentType = "resource", ContentId = reported.Id, ReporterId = learner, Reason = "outdated", Status = ReportStatus.Open, CreatedAt = At,
            };
            db.AddRange(registration, report);
            await db.SaveChangesAsync();
            var ticket = registration.TicketCode;
            return (Resource: resource.Id, Reported: reported.Id, Report: report.Id, Space: space.Id, Funding: funding.Id, Activity: activity.Id,
                Session: activity.Sessions[0].Id, Registration: registration.Id, Ticket: ticket, Notification: notification.Id, SelfDeclared: selfDeclared.Id,
                SecondSelfDeclared: secondSelfDeclared.Id, Research: research.Id, Job: job.Id, Synonym: synonym.Id, ApiSynonym: apiSynonym.Id);
        });

        var (assessmentCycle, indicatorCode) = await SubmittedAssessmentAsync(factory, f.CityId, evidenceFile);
        var draft = await (await admin.PostAsync($"/api/v1/assessments/frameworks/{await factory.DefaultFrameworkIdAsync()}/drafts", null))
            .ExpectJsonAsync(HttpStatusCode.Created);
        var award = await AwardAsync(factory, f, admin, subject, applicationFile);
        var courseFile = await MatrixFiles.PrivateDocumentAsync(factory);
        var course = await factory.WithDbAsync(async db =>
        {
            var draftCourse = new Course
            {
                Title = new BilingualText(CityTestData.Unique("ร่างหลักสูตร")), Capacity = CourseCapacity.CommunityEngagement, EstimatedHours = 2,
                Status = CourseStatus.Draft, CreatedBy = f.Users[Persona.Facilitator].Id, CreatedAt = At, UpdatedAt = At,
                Modules = [new CourseModule { Title = new BilingualText("หน่วยที่หนึ่ง"), Lessons = [new Lesson
                {
                    Kind = LessonKind.File, Title = new BilingualText("เอกสารประกอบ"), FileName = courseFile, FileOriginalName = "เอกสาร.pdf",
                }] }],
            };
            db.Courses.Add(draftCourse);
            await db.SaveChangesAsync();
            return (Id: draftCourse.Id, Lesson: draftCourse.Modules[0].Lessons[0].Id);
        });
        var mentoringPair = await factory.WithDbAsync(async db =>
        {
            var coordinator = f.Users[Persona.Coordinator].Id;
            var pair = new MentoringPair
            {
                MentorCityId = f.OtherCityId, MenteeCityId = f.CityId, RequestedBySide = PairSide.Mentee, Indicators = ["A1.1"],
                Goals = new BilingualText("เป้าหมายทดสอบ"), Status = PairStatus.Proposed, RequestedBy = coordinator, RequestedAt = At, UpdatedAt = At, Version = 1,
                People = [new MentoringPerson { UserId = coordinator, Side = PairSide.Mentee, AddedAt = At }],
            };
            db.MentoringPairs.Add(pair);
            await db.SaveChangesAsync();
            return pair.Id;
        });

        var forum = await factory.WithDbAsync(async db =>
        {
            var category = await db.ForumCategories.Where(c => c.SpaceKey == null).OrderBy(c => c.Id).FirstAsync();
            var learnerId = f.Users[Persona.Learner].Id;
            var topic = new ForumTopic
            {
                CategoryId = category.Id, Title = CityTestData.Unique("คำถามของผู้เรียน"), Kind = TopicKind.Question, AuthorId = learnerId,
                IsApproved = true, CreatedAt = At, LastPostAt = At, ReplyCount = 1,
            };
            db.ForumTopics.Add(topic);
            await db.SaveChangesAsync();
            var reply = new ForumPost { TopicId = topic.Id, AuthorId = learnerId, Body = "คำตอบของผู้เรียนเอง", IsApproved = true, CreatedAt = At };
            db.ForumPosts.AddRange(new ForumPost { TopicId = topic.Id, AuthorId = learnerId, Body = "คำถาม", IsFirst = true, IsApproved = true, CreatedAt = At }, reply);
            await db.SaveChangesAsync();
            return (Category: category.Id, category.Slug, Topic: topic.Id, Post: reply.Id);
        });

        return new MatrixWorld
        {
            ForumCategoryId = forum.Category, ForumCategorySlug = forum.Slug, ForumTopicId = forum.Topic, ForumPostId = forum.Post,
            ResourceId = items.Resource, ReportedResourceId = items.Reported, ReportId = items.Report, SpaceId = items.Space,
            FundingId = items.Funding, ActivityId = items.Activity, SessionId = items.Session, RegistrationId = items.Registration, TicketCode = items.Ticket,
            NotificationId = items.Notification, SelfDeclaredId = items.SelfDeclared, SecondSelfDeclaredId = items.SecondSelfDeclared, AchievementId = achievement, CredentialId = credential.Id,
            ResearchId = items.Research, ImportJobId = items.Job, PendingCityId = pendingCity, SubjectUserId = subject.Id,
            AssessmentCycleId = assessmentCycle, IndicatorCode = indicatorCode, EvidenceFile = evidenceFile,
            DraftFrameworkId = draft.GetProperty("id").GetInt32(), DraftIndicatorCode = draft.Codes()[0],
            AwardCycleId = award.Cycle.Id, CategoryId = award.Cycle.CategoryId, CriterionId = award.Cycle.CriterionIds[0],
            ApplicationId = award.Application, ApplicationFile = applicationFile, JudgeId = award.JudgeId, AssignmentId = award.Assignment,
            MentoringId = award.Mentoring, PublishedCycleId = award.Published.Id, PublishedApplicationId = award.PublishedApplication,
            SynonymId = items.Synonym, ApiSynonymId = items.ApiSynonym, CourseId = course.Id, CourseFileLessonId = course.Lesson,
            MentoringPairId = mentoringPair,
        };
    }

    /// <summary>A new cycle in which the fixture city has submitted its self-assessment, one value carrying an evidence file.</summary>
    private static async Task<(int Cycle, string Code)> SubmittedAssessmentAsync(AppFactory factory, int cityId, string evidenceFile)
    {
        var cycle = await factory.OpenCycleAsync();
        var indicator = (await factory.DefaultIndicatorsAsync())[0];
        var now = factory.UtcNow().UtcDateTime;
        await factory.WithDbAsync(db =>
        {
            db.CityAssessments.Add(new CityAssessment
            {
                CycleId = cycle, CityId = cityId, Status = AssessmentStatus.Submitted, Revision = 1, SubmittedAt = now, UpdatedAt = now, Version = 1,
                Values =
                [
                    new AssessmentValue
                    {
                        IndicatorId = indicator.Id, Text = "มีแผนการเรียนรู้ของเมือง", Number = 1,
                        Evidence = [new EvidenceItem(evidenceFile, "หลักฐาน.pdf", null)],
                    },
                ],
            });
            return db.SaveChangesAsync();
        });
        return (cycle, indicator.Code);
    }

    private sealed record Award(JudgingCycle Cycle, int Application, int JudgeId, int Assignment, int Mentoring, JudgingCycle Published, int PublishedApplication);

    /// <summary>
    /// A cycle in its judging phase, the fixture city's submitted application, the judge persona on the panel and
    /// assigned to it; and a cycle whose results are published, with the city's application in it.
    /// </summary>
    private static async Task<Award> AwardAsync(AppFactory factory, MatrixFixture f, HttpClient admin, TestUser subject, string file)
    {
        var cycle = await factory.JudgingCycleAsync();
        var application = await ApplicationAsync(factory, f, cycle, file);
        var judge = f.Users[Persona.Judge];
        var added = await (await admin.PostAsJsonAsync($"{cycle.Url}/judges", new { email = judge.Email, provinceCode = "TH-90" })).ExpectJsonAsync(HttpStatusCode.Created);
        var judgeId = added.GetProperty("id").GetInt32();
        var assignment = await admin.AssignedAsync(cycle, application, new PanelJudge(judge, admin, judgeId));
        var mentoring = await (await admin.PostAsJsonAsync("/api/v1/awards/mentoring", new { email = subject.Email, cityId = f.OtherCityId }))
            .ExpectJsonAsync(HttpStatusCode.Created);

        var published = await factory.JudgingCycleAsync();
        var publishedApplication = await ApplicationAsync(factory, f, published, file);
        var now = factory.UtcNow().UtcDateTime;
        await factory.WithDbAsync(db => db.AwardCycles.Where(c => c.Id == published.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.LockedAt, now).SetProperty(c => c.PublishedAt, now)));
        return new Award(cycle, application, judgeId, assignment, mentoring.GetProperty("id").GetInt32(), published, publishedApplication);
    }

    private static Task<int> ApplicationAsync(AppFactory factory, MatrixFixture f, JudgingCycle cycle, string file)
    {
        var now = factory.UtcNow().UtcDateTime;
        return factory.WithDbAsync(async db =>
        {
            var a = new AwardApplication
            {
                CycleId = cycle.Id, CategoryId = cycle.CategoryId, CityId = f.CityId, Status = ApplicationStatus.Submitted,
                Narratives = cycle.CriterionIds.Select(id => new CriterionNarrative(id, $"เรื่องเล่าของเกณฑ์ {id}")).ToList(),
                Evidence = [new AwardEvidence(null, file, "หลักฐาน.pdf", null)], MayorName = "นายกเทศมนตรีทดสอบ", SubmittedAt = now,
                CreatedAt = now, UpdatedAt = now, ConsentToPublish = true, CreatedBy = f.Users[Persona.Coordinator].Id,
            };
            db.AwardApplications.Add(a);
            await db.SaveChangesAsync();
            return a.Id;
        });
    }
}
