package care.rondo.rest;

import care.rondo.client.ApiClient;
import care.rondo.client.ApiException;
import care.rondo.client.api.AccountsApi;
import care.rondo.client.api.AuthenticationApi;
import care.rondo.client.api.MeNurseApi;
import care.rondo.client.model.AccountRequest;
import care.rondo.client.model.CheckRequest;
import care.rondo.client.model.Me;
import care.rondo.client.model.MyVisit;
import care.rondo.client.model.MyVisitPage;
import care.rondo.client.model.Problem;
import care.rondo.client.model.Role;
import care.rondo.client.model.TokenRequest;
import care.rondo.client.model.VisitCheck;
import care.rondo.testing.Api;
import care.rondo.testing.CaseloadFixtures;
import care.rondo.testing.Fixtures;
import care.rondo.testing.Slow;
import care.rondo.testing.SmallTeam;
import care.rondo.testing.TestClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The client openapi-generator makes from the committed API snapshot (generated in generate-test-sources, no
 * hand edits), used as an outside developer would: sign in, a nurse's day page by page, check-in and -out, a
 * typed 409 problem, a conditional read.
 */
@Slow
@QuarkusTest
class GeneratedClientTest {

    private static final LocalDate TUESDAY = LocalDate.parse("2026-12-15");
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @TestHTTPResource("/")
    URI base;

    @Inject
    Fixtures fixtures;

    @Inject
    CaseloadFixtures caseload;

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    @Test
    void shouldSignInReadHerDayCheckInAndOutAndReadATypedConflict() throws Exception {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long roster = team.createRoster("2026-W51");
        team.solve(roster);
        Api.as(team.token())
                .body(Map.of("rosterVersion", team.version(roster), "confirmBrokenHardRules", true))
                .post(team.roster(roster) + "/acceptance").then().statusCode(200);

        // an admin creates Anna's account; Anna signs in with her password
        String username = "anna-" + UUID.randomUUID();
        new AccountsApi(client(fixtures.admin())).createAccount(new AccountRequest().username(username)
                .password("correct horse battery").role(Role.MEMBER).teamId(team.id()).nurseId(team.anna()));
        String token = new AuthenticationApi(client(null))
                .issueToken(new TokenRequest().username(username).password("correct horse battery")).getAccessToken();
        ApiClient signedIn = client(token);
        MeNurseApi me = new MeNurseApi(signedIn);

        var profile = me.getMeWithHttpInfo(null);
        Me anna = profile.getData();
        assertThat(anna.getName()).isEqualTo("Anna");
        assertThat(anna.getTravelMode()).isNotNull();
        String etag = profile.getHeaders().get("etag").get(0);
        // a compressing proxy turns the strong tag into a weak one: still a 304
        ApiException notModified = catchThrowableOfType(ApiException.class, () -> me.getMe("W/" + etag));
        assertThat(notModified.getCode()).isEqualTo(304);

        // her Tuesday, two visits a page
        MyVisitPage first = me.listMyVisits(TUESDAY, 0, 2, null, null);
        assertThat(first.getTotalItems()).isGreaterThan(2);
        List<MyVisit> day = new ArrayList<>(first.getItems());
        for (int page = 1; page < first.getTotalPages(); page++) {
            day.addAll(me.listMyVisits(TUESDAY, page, 2, null, null).getItems());
        }
        assertThat(day).hasSize(first.getTotalItems().intValue());
        assertThat(day).extracting(MyVisit::getOrder).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, day.size()).boxed().toList());
        assertThat(day.get(day.size() - 1).getTravelMinutesToNext()).isNull();
        assertThat(day).allSatisfy(v -> assertThat(v.getStatus()).isEqualTo(MyVisit.StatusEnum.PLANNED));

        // on Tuesday morning she checks in without a position (no body) and out with a note
        MyVisit visit = day.get(0);
        clock.set(TUESDAY.atTime(LocalTime.of(8, 0, 7)).atZone(ZONE).toInstant().plusNanos(123_456_789));
        VisitCheck in = me.checkIn(visit.getVisitId(), null);
        assertThat(in.getCheckedInAt().toInstant()).isEqualTo(TUESDAY.atTime(8, 0, 7).atZone(ZONE).toInstant());
        VisitCheck out = me.checkOut(visit.getVisitId(), new CheckRequest().note("done"));
        assertThat(out.getNote()).isEqualTo("done");
        MyVisit checked = me.listMyVisits(TUESDAY, 0, 50, null, null).getItems().stream()
                .filter(v -> v.getVisitId().equals(visit.getVisitId())).findFirst().orElseThrow();
        // one timestamp style: the check and the visit list give the same moment the same text
        assertThat(checked.getCheckedInAt()).isEqualTo(in.getCheckedInAt());

        // twice: a 409 the client reads as a Problem
        ApiException again = catchThrowableOfType(ApiException.class, () -> me.checkIn(visit.getVisitId(), null));
        assertThat(again.getCode()).isEqualTo(409);
        Problem problem = signedIn.getObjectMapper().readValue(again.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getDetail()).contains("Already checked in");

        // Wednesday's visit is not open on Tuesday: the problem names the day it is open
        MyVisit wednesday = me.listMyVisits(TUESDAY.plusDays(1), 0, 1, null, null).getItems().get(0);
        ApiException early = catchThrowableOfType(ApiException.class,
                () -> me.checkIn(wednesday.getVisitId(), new CheckRequest()));
        assertThat(early.getCode()).isEqualTo(409);
        Problem window = signedIn.getObjectMapper().readValue(early.getResponseBody(), Problem.class);
        assertThat(window.getDetail()).contains("2026-12-16");
        @SuppressWarnings("unchecked")
        Map<String, Object> current = (Map<String, Object>) window.getCurrent();
        assertThat(current).containsEntry("date", "2026-12-16")
                .containsEntry("opensAt", "2026-12-15T23:00:00Z").containsEntry("timeZone", "Europe/Amsterdam");
    }
}
