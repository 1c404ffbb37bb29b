package org.sightline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End to end: starts the built jar (app/target/sightline.jar) on a fresh embedded database,
 * drives Debian's Chromium through chromedriver, and runs axe-core on the sign-in and home
 * pages. Needs /usr/bin/chromium and /usr/bin/chromedriver (.ci/run installs them).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalBrowserIT {

    private static Process portal;
    private static WebDriver driver;
    private static String base;
    private static Path dataDir;

    @BeforeAll
    static void startPortalAndBrowser() throws Exception {
        Path jar = Path.of(System.getProperty("sightline.jar", "target/sightline.jar"));
        assertThat(jar).as("the built portal").exists();
        assertThat(Path.of("/usr/bin/chromium")).as("Debian chromium (apt-get install chromium)").exists();
        assertThat(Path.of("/usr/bin/chromedriver")).as("Debian chromedriver (apt-get install chromium-driver)").exists();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        base = "http://localhost:" + port;
        dataDir = Files.createTempDirectory("sightline-it");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        portal = new ProcessBuilder(java, "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
                "--sightline.data-dir=" + dataDir)
                .redirectErrorStream(true)
                .redirectOutput(new File("target/portal-it.log"))
                .start();
        waitForHealth(Duration.ofSeconds(150));

        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1366,900", "--user-data-dir=" + Files.createTempDirectory("chromium-it"));
        // The browser's console, to fail on anything the Content-Security-Policy blocked.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (portal != null) {
            portal.destroy();
        }
    }

    private static void waitForHealth(Duration limit) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (!portal.isAlive()) {
                throw new IllegalStateException("The portal stopped; see target/portal-it.log");
            }
            try {
                var r = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("UP")) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The portal did not become healthy in " + limit);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** WCAG 2.2 A and AA; only violations are reported in full, which halves the time each check takes. */
    private static final com.deque.html.axecore.args.AxeRunOptions AXE_OPTIONS = axeOptions();

    private static com.deque.html.axecore.args.AxeRunOptions axeOptions() {
        var runOnly = new com.deque.html.axecore.args.AxeRunOnlyOptions();
        runOnly.setType("tag");
        runOnly.setValues(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"));
        var options = new com.deque.html.axecore.args.AxeRunOptions();
        options.setRunOnly(runOnly);
        options.setResultTypes(List.of("violations"));
        return options;
    }

    private static void assertNoSeriousViolations(String page) {
        List<String> blocked = driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage).filter(m -> m.contains("Content Security Policy")).toList();
        assertThat(blocked).as(page + ": blocked by the Content-Security-Policy").isEmpty();
        Results results = new AxeBuilder().withOptions(AXE_OPTIONS).analyze(driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact())).toList();
        assertThat(serious).as(page + ": " + serious.stream().map(r -> r.getId() + " — " + r.getHelp() + " "
                + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList()).toList()).isEmpty();
    }

    private static void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    @Order(1)
    void signInPageIsServedAndAccessible() throws Exception {
        driver.get(base + "/");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form input[name=username]")));
        assertThat(driver.getCurrentUrl()).contains("/login");
        assertThat(driver.getTitle()).contains("Sign in");
        screenshot("login.png");
        assertNoSeriousViolations("sign-in page");
    }

    @Test
    @Order(2)
    void managerSignsInAndReachesAnAccessibleHomePage() throws Exception {
        driver.get(base + "/login");
        var user = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")));
        user.sendKeys("manager");
        driver.findElement(By.cssSelector("input[name=password]")).sendKeys("sightline");
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form vaadin-button")).click();
        waiting().until(ExpectedConditions.textMatches(By.tagName("h1"), java.util.regex.Pattern.compile("Good (morning|afternoon|evening)")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("panel-workshops-upcoming")));
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("My team", "Workshops with places this month", "Team Manager");
        screenshot("home.png");
        assertNoSeriousViolations("home page");
    }

    @Test
    @Order(3)
    void forbiddenAndMissingPagesShowTheErrorViewWithoutAStackTrace() {
        driver.get(base + "/admin/people");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "You do not have access"));
        driver.get(base + "/no/such/page");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Page not found"));
        assertThat(driver.getPageSource()).doesNotContain("Exception", "at org.sightline");
    }

    @Test
    @Order(4)
    void administratorManagesPeopleAndSeesFieldErrors() throws Exception {
        driver.manage().deleteAllCookies();
        signInAs("admin");
        driver.get(base + "/admin/people");
        waiting().until(ExpectedConditions.textMatches(By.cssSelector(".count"), java.util.regex.Pattern.compile("\\d+ people")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid-cell-content")));
        screenshot("people.png");
        assertNoSeriousViolations("people page");

        driver.get(base + "/admin/people/new");
        var name = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-text-field input")));
        var email = driver.findElement(By.cssSelector("vaadin-email-field input"));
        email.sendKeys("manager@sightline-council.example");
        driver.findElement(By.xpath("//vaadin-button[normalize-space(.)='Save person']")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Enter the person's full name"));
        assertThat(driver.findElement(By.tagName("body")).getText())
                .contains("Someone else already uses this email address", "Choose at least one role");
        assertThat(email.getDomProperty("value")).isEqualTo("manager@sightline-council.example");
        assertThat(name.getDomProperty("value")).isEmpty();
        screenshot("person-errors.png");
        assertNoSeriousViolations("person form with errors");
    }

    /** Scrolls the element to the middle of the window first, clear of anything pinned to an edge. */
    private static void click(org.openqa.selenium.WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        waiting().until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Answers the question a page asks before an irreversible step by taking the step. */
    private static void confirmTheStep() {
        var confirm = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button[slot='confirm-button']")));
        // Contrast is measured on the dialog as it stays, not half-way through its fade-in.
        waiting().until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return document.querySelector('[opening]') === null"
                        + " && document.getAnimations().every(a => a.playState !== 'running');"));
        assertNoSeriousViolations("the question before an irreversible step");
        confirm.click();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-button[slot='confirm-button']")));
    }

    private static void signInAs(String user) {
        driver.get(base + "/login");
        var field = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")));
        field.sendKeys(user);
        driver.findElement(By.cssSelector("input[name=password]")).sendKeys("sightline");
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        waiting().until(ExpectedConditions.textMatches(By.tagName("h1"), java.util.regex.Pattern.compile("Good (morning|afternoon|evening)")));
    }

    @Test
    @Order(5)
    void boardMemberSeesOnlyWhatABoardMemberMayOpen() throws Exception {
        driver.manage().deleteAllCookies();
        signInAs("board");
        String nav = driver.findElement(By.cssSelector(".navigation")).getText();
        assertThat(nav).contains("Home").doesNotContain("Cases", "Workshops", "People and teams");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Board Member", "Latest learning bulletin");
        screenshot("board-home.png");
        assertNoSeriousViolations("board member home");
        driver.get(base + "/admin/cases");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "You do not have access"));
    }

    @Test
    @Order(5)
    void pagesCarryTheSecurityHeadersAndChildLevelPagesAreNeverStored() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'")
                .contains("object-src 'none'").contains("frame-ancestors 'none'").contains("form-action 'self'");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        // Signed in, a page with child-level data is never kept by the browser or a proxy.
        driver.manage().deleteAllCookies();
        signInAs("complaints");
        String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> register = http.send(HttpRequest.newBuilder(URI.create(base + "/complaints"))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(register.statusCode()).isEqualTo(200);
        assertThat(register.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(register.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    @Order(6)
    void wrongPasswordIsExplained() {
        driver.manage().deleteAllCookies();
        driver.get(base + "/login");
        var user = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")));
        user.sendKeys("qa");
        driver.findElement(By.cssSelector("input[name=password]")).sendKeys("not-the-password");
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        waiting().until(d -> d.getCurrentUrl().contains("error"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-login-form"), "Could not sign you in"));
    }

    @Test
    @Order(7)
    void qaOfficerWorksWithActionsAndDownloadsTheAccessibleActionsReport() throws Exception {
        driver.manage().deleteAllCookies();
        signInAs("qa");
        assertThat(driver.findElement(By.cssSelector(".bell")).getAttribute("aria-label")).startsWith("Notifications");

        driver.get(base + "/actions");
        waiting().until(ExpectedConditions.textMatches(By.cssSelector(".count"), java.util.regex.Pattern.compile("\\d+ actions?")));
        driver.findElement(By.xpath("//vaadin-radio-button[normalize-space(.)='All actions']")).click();
        waiting().until(ExpectedConditions.textMatches(By.cssSelector(".count"), java.util.regex.Pattern.compile("[1-9]\\d* actions")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid-cell-content .action-title")));
        screenshot("actions.png");
        assertNoSeriousViolations("actions, all");
        var firstAction = driver.findElement(By.cssSelector("vaadin-grid-cell-content .action-title"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", firstAction);
        waiting().until(ExpectedConditions.elementToBeClickable(firstAction)).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-dialog-overlay, vaadin-dialog")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Evidence of completion"));
        screenshot("action-dialog.png");
        assertNoSeriousViolations("action dialog");
        // Closing the loop, as the QA officer would: evidence, then done.
        var evidence = driver.findElement(By.cssSelector("vaadin-text-area textarea"));
        evidence.sendKeys("Checked with the team manager; the plan now records the school's views.");
        driver.findElement(By.xpath("//vaadin-button[normalize-space(.)='Mark as done']")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Action marked as done"));

        driver.get(base + "/reports");
        var link = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.download-link")));
        assertNoSeriousViolations("reports");
        String href = link.getDomAttribute("href");
        String cookie = driver.manage().getCookieNamed("JSESSIONID").getValue();
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/" + href.replaceFirst("^/", "")))
                .header("Cookie", "JSESSIONID=" + cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/pdf");
        assertThat(org.sightline.kernel.pdf.PdfUaValidator.failures(response.body())).isEmpty();
        Files.write(Path.of("target", "actions-report.pdf"), response.body());
    }

    @Test
    @Order(8)
    void administratorSearchesTheAuditTrailAndKeepsTheWorkingDayCalendar() throws Exception {
        driver.manage().deleteAllCookies();
        signInAs("admin");
        driver.get(base + "/admin/audit-trail");
        waiting().until(ExpectedConditions.textMatches(By.cssSelector(".count"), java.util.regex.Pattern.compile("[\\d,]+ entr(y|ies)")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "Signed in"));
        screenshot("audit-trail.png");
        assertNoSeriousViolations("audit trail");

        driver.get(base + "/admin/working-days");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "Christmas Day"));
        screenshot("working-days.png");
        assertNoSeriousViolations("working days");

        driver.get(base + "/notifications");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Notifications"));
        assertNoSeriousViolations("notifications");
    }

    @Test
    @Order(9)
    void managerOpensTheirCaseAuditAndGradesADomain() throws Exception {
        driver.manage().deleteAllCookies();
        signInAs("manager");
        driver.get(base + "/audits?show=to-complete");
        waiting().until(ExpectedConditions.textMatches(By.cssSelector(".count"), java.util.regex.Pattern.compile("[1-9]\\d* audits?")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid-cell-content")));
        screenshot("audits.png");
        assertNoSeriousViolations("case audits list");

        var firstRow = driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(e -> e.getText().matches("\\d{5,}")).findFirst().orElseThrow();
        firstRow.click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Case audit"));
        var good = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("(//vaadin-radio-group[contains(@class,'grade-choice')])[1]//vaadin-radio-button[normalize-space(.)='Good']")));
        good.click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "Draft saved"));
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("What each grade looks like", "Voice of the child");
        screenshot("audit-form.png");
        assertNoSeriousViolations("case audit form");

        driver.get(base + "/audits/tracking");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".key-figures"), "Audits completed"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("img.chart-image")));
        assertThat(driver.findElement(By.cssSelector("img.chart-image")).getDomAttribute("alt")).startsWith("Stacked bar chart");
        screenshot("audit-tracking.png");
        assertNoSeriousViolations("audit tracking");
    }

    @Test
    @Order(10)
    void pswModeratesFromTheQueueAndQaPreviewsTheSample() throws Exception {
        driver.manage().deleteAllCookies();
        signInAs("psw");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Moderation queue");
        driver.get(base + "/audits?show=moderation");
        waiting().until(ExpectedConditions.textMatches(By.cssSelector(".count"), java.util.regex.Pattern.compile("[1-9]\\d* audits?")));
        var row = waiting().until(ExpectedConditions.presenceOfElementLocated(By.xpath("//vaadin-grid-cell-content[contains(., 'Awaiting moderation')]")));
        var reference = driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(e -> e.getText().matches("\\d{5,}")).findFirst().orElseThrow();
        reference.click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[normalize-space(.)='Moderate this audit']"))).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Moderate"));
        assertThat(driver.findElement(By.cssSelector(".moderation-table")).getText()).contains("Differs");
        screenshot("moderation.png");
        assertNoSeriousViolations("moderation");

        driver.manage().deleteAllCookies();
        signInAs("qa");
        driver.get(base + "/audits/sample");
        waiting().until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[normalize-space(.)='Preview the sample']"))).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid vaadin-combo-box")));
        screenshot("sample.png");
        assertNoSeriousViolations("monthly sample");
    }

    @Test
    @Order(11)
    void practitionerBooksAWorkshopAndSeesItInMyBookings() throws Exception {
        driver.manage().deleteAllCookies();
        signInAs("practitioner");
        driver.get(base + "/workshops");
        // The first "Book a place" on screen (a phone's cards are there too, hidden on a wide screen).
        var book = waiting().until(d -> d.findElements(By.xpath("//vaadin-button[normalize-space(.)='Book a place']")).stream()
                .filter(org.openqa.selenium.WebElement::isDisplayed).findFirst().orElse(null));
        String label = book.getDomAttribute("aria-label");
        assertThat(label).startsWith("Book a place: ");
        String title = label.substring("Book a place: ".length(), label.lastIndexOf(", "));
        assertNoSeriousViolations("workshops");
        click(book);
        // The grid's cells are slotted into its shadow DOM, which WebDriver's visible text does not always follow.
        waiting().until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return document.getElementById('my-bookings').textContent.includes(arguments[0]);", title));
        screenshot("workshops-booked.png");
        assertNoSeriousViolations("workshops after booking");
    }

    @Test
    @Order(12)
    void practitionerSubscribesToTheCalendarFeedGivesFeedbackAndReadsTheirCpdRecord() throws Exception {
        driver.manage().deleteAllCookies();
        signInAs("practitioner");
        driver.get(base + "/workshops");
        var make = waiting().until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[normalize-space(.)='Make my calendar address']")));
        click(make);
        var field = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#calendar-feed-address input")));
        waiting().until(d -> !field.getDomProperty("value").isBlank());
        String url = field.getDomProperty("value");
        String path = url.substring(url.indexOf("/feeds/"));
        var http = java.net.http.HttpClient.newHttpClient();
        var feed = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("content-type").orElse("")).startsWith("text/calendar");
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR").contains("METHOD:PUBLISH", "BEGIN:VEVENT");
        assertNoSeriousViolations("workshops with the calendar feed address");
        click(driver.findElement(By.xpath("//vaadin-button[normalize-space(.)='Stop this address']")));
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//vaadin-button[normalize-space(.)='Stop this address']")));
        var refused = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(404);

        // The demo leaves the practitioner one session to give feedback on.
        driver.get(base + "/workshops");
        screenshot("workshops-feedback-prompt.png");
        click(waiting().until(ExpectedConditions.presenceOfElementLocated(By.xpath("//h2[.='Tell us how it went']/following-sibling::ul[1]//a"))));
        waiting().until(ExpectedConditions.textMatches(By.tagName("h1"), java.util.regex.Pattern.compile("Feedback: .+")));
        assertNoSeriousViolations("feedback form");
        click(driver.findElement(By.xpath("//vaadin-radio-button[normalize-space(.)='5 – very useful']")));
        click(driver.findElement(By.xpath("//vaadin-button[normalize-space(.)='Send feedback']")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.xpath("(//vaadin-radio-group)[2]"), "Choose how well it was delivered"));
        // The second group's "4": how well it was delivered.
        click(driver.findElements(By.xpath("//vaadin-radio-button[normalize-space(.)='4']")).get(1));
        click(driver.findElement(By.xpath("//vaadin-button[normalize-space(.)='Send feedback']")));
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Thank you"));

        driver.get(base + "/workshops/cpd");
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "My CPD record"));
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Total hours", "Workshops attended");
        screenshot("cpd-record.png");
        assertNoSeriousViolations("CPD record");
    }

    @Test
    @Order(13)
    void qaOfficerOpensASessionRegisterTheReportsAndTheCatalogue() throws Exception {
        driver.manage().deleteAllCookies();
        signInAs("qa");
        driver.get(base + "/workshops");
        var first = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-grid-cell-content a[href^='workshops/sessions/']")));
        click(first);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.xpath("//h2[.='Register']")));
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Download the sign-in sheet (PDF)");
        screenshot("session-register.png");
        assertNoSeriousViolations("session page with its register");

        driver.get(base + "/workshops/reports");
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Workshop reports"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("img[alt]")));
        screenshot("workshop-reports.png");
        assertNoSeriousViolations("workshop reports");

        driver.get(base + "/workshops/catalogue");
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Workshop catalogue"));
        screenshot("workshop-catalogue.png");
        assertNoSeriousViolations("workshop catalogue");
    }

    @Test
    @Order(14)
    void managerReadsObservationsRecordsOneAndChecksCompliance() throws Exception {
        driver.manage().deleteAllCookies();
        signInAs("manager");
        driver.get(base + "/observations");
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Observations of practice"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("observations-grid")));
        screenshot("observations.png");
        assertNoSeriousViolations("observations list");

        click(driver.findElement(By.xpath("//vaadin-button[normalize-space(.)='Record an observation']")));
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Record an observation"));
        // Sharing an empty form names each missing field beside it.
        click(driver.findElement(By.xpath("//vaadin-button[normalize-space(.)='Share with the practitioner']")));
        confirmTheStep();
        var observed = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-combo-box[invalid]")));
        assertThat(observed.getDomProperty("errorMessage")).isEqualTo("Choose the practitioner you observed.");
        screenshot("observation-form-errors.png");
        assertNoSeriousViolations("observation form with errors");

        driver.get(base + "/observations/compliance");
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Observation compliance"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("compliance-grid")));
        screenshot("observation-compliance.png");
        assertNoSeriousViolations("observation compliance");
    }

    @Test
    @Order(15)
    void serviceManagerSeesTheSupervisionChainAndTheAuditForm() throws Exception {
        driver.manage().deleteAllCookies();
        signInAs("servicemanager");
        driver.get(base + "/supervision");
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Supervision audits"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("chain-grid")));
        screenshot("supervision.png");
        assertNoSeriousViolations("supervision audits list");

        click(driver.findElement(By.xpath("//vaadin-button[normalize-space(.)='Start a supervision audit']")));
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "New supervision audit"));
        click(driver.findElement(By.xpath("//vaadin-button[normalize-space(.)='Complete the audit']")));
        confirmTheStep();
        var supervisor = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-combo-box[invalid]")));
        assertThat(supervisor.getDomProperty("errorMessage")).isEqualTo("Choose the supervisor whose supervision you audited.");
        screenshot("supervision-form-errors.png");
        assertNoSeriousViolations("supervision audit form with errors");

        driver.get(base + "/supervision/tracking");
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Supervision tracking"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("img[alt]")));
        screenshot("supervision-tracking.png");
        assertNoSeriousViolations("supervision tracking");
    }

    @Test
    @Order(16)
    void qaOfficerWorksAComplaintAndEveryoneReadsThePublishedBulletin() throws Exception {
        driver.manage().deleteAllCookies();
        signInAs("qa");
        driver.get(base + "/complaints");
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Complaints"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("complaints-grid")));
        screenshot("complaints.png");
        assertNoSeriousViolations("complaint register");

        click(driver.findElement(By.xpath("//vaadin-button[normalize-space(.)='Log a complaint']")));
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Log a complaint"));
        click(driver.findElement(By.xpath("//vaadin-button[normalize-space(.)='Log the complaint']")));
        var type = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-combo-box[invalid]")));
        assertThat(type.getDomProperty("errorMessage")).isIn("Choose how the complaint was received.", "Choose who made the complaint.");
        screenshot("complaint-form-errors.png");
        assertNoSeriousViolations("complaint form with errors");

        // An open complaint from the demo: its steps, deadlines and the next things to do.
        driver.get(base + "/complaints");
        var first = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#complaints-grid a")));
        String reference = first.getText();
        click(first);
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Complaint " + reference));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("complaint-steps")));
        screenshot("complaint.png");
        assertNoSeriousViolations("complaint page");

        driver.manage().deleteAllCookies();
        signInAs("board");
        driver.get(base + "/bulletins");
        var bulletin = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#bulletin-list a")));
        String title = bulletin.getText();
        click(bulletin);
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), title));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("blockquote")));
        screenshot("bulletin.png");
        assertNoSeriousViolations("published bulletin");
        // Board members never reach a complaint's page.
        driver.get(base + "/complaints");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isNotEqualTo("Complaints");
    }

    @Test
    @Order(17)
    void qaOfficerOpensAnEvaluationItsTemplateBuilderAndACaseToReview() throws Exception {
        driver.manage().deleteAllCookies();
        signInAs("qa");
        driver.get(base + "/thematic");
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Thematic evaluations"));
        var link = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//table[@id='thematic-table']//a[normalize-space(.)='Chronologies in children in need work']")));
        screenshot("thematic.png");
        assertNoSeriousViolations("thematic evaluations list");

        click(link);
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Chronologies in children in need work"));
        click(waiting().until(ExpectedConditions.presenceOfElementLocated(By.xpath("//a[normalize-space(.)='Build the template']"))));
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Question template"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".criterion vaadin-text-field")));
        screenshot("thematic-template.png");
        assertNoSeriousViolations("thematic template builder");

        driver.get(base + "/");
        var review = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href^='thematic/reviews/']")));
        click(review);
        waiting().until(ExpectedConditions.textMatches(By.tagName("h1"), java.util.regex.Pattern.compile("Case .+")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-radio-group")));
        click(driver.findElement(By.xpath("//vaadin-button[normalize-space(.)='Submit the review']")));
        confirmTheStep();
        var invalid = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-radio-group[invalid]")));
        assertThat(invalid.getDomProperty("errorMessage")).isEqualTo("Answer this question; it is required.");
        screenshot("thematic-review.png");
        assertNoSeriousViolations("thematic case review form with errors");
    }

    @Test
    @Order(18)
    void boardMemberOpensTheLibraryAndReadsAPack() throws Exception {
        driver.manage().deleteAllCookies();
        signInAs("board");
        driver.get(base + "/board-packs");
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Board packs"));
        var read = waiting().until(ExpectedConditions.presenceOfElementLocated(By.xpath("//div[@id='board-library']//a[normalize-space(.)='Read in the browser']")));
        screenshot("board-library.png");
        assertNoSeriousViolations("board library");

        // The pack opens in the browser: fetched with the member's own session, it is an inline PDF.
        String href = read.getDomAttribute("href");
        String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/" + href))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).startsWith("inline");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        click(driver.findElement(By.xpath("//div[@id='board-library']//a[contains(., 'Quality, Performance and Impact Board')]")));
        waiting().until(ExpectedConditions.textMatches(By.tagName("h1"), java.util.regex.Pattern.compile("Quality, Performance and Impact Board, .+")));
        screenshot("board-meeting.png");
        assertNoSeriousViolations("board meeting page");

        driver.get(base + "/overview");
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "QA overview"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("img[alt]")));
        screenshot("overview.png");
        assertNoSeriousViolations("QA overview");
    }

    @Test
    @Order(19)
    void thePractitionersPagesWorkOnAPhone() throws Exception {
        driver.manage().deleteAllCookies();
        var chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        try {
            signInAs("practitioner");
            for (String page : List.of("", "workshops", "workshops/cpd", "bulletins", "notifications")) {
                driver.get(base + "/" + page);
                waiting().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
                Thread.sleep(400);
                Object overflow = chrome.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
                assertThat(((Number) overflow).intValue()).as(page + " scrolls sideways at 390 px").isLessThanOrEqualTo(0);
                // Nothing the reader can press, and no name in a card, is cut off or beyond the right edge.
                @SuppressWarnings("unchecked")
                List<String> cut = (List<String>) chrome.executeScript("""
                        const out = [];
                        for (const e of document.querySelectorAll('vaadin-button, a, .card-title')) {
                          const r = e.getBoundingClientRect();
                          if (r.width === 0 || getComputedStyle(e).visibility === 'hidden') continue;
                          if (r.right > window.innerWidth + 1) out.push('beyond the edge: ' + e.textContent.trim());
                          if (e.classList.contains('card-title') && e.scrollWidth > e.clientWidth + 1) out.push('cut: ' + e.textContent.trim());
                        }
                        return out;""");
                assertThat(cut).as(page + " at 390 px").isEmpty();
                screenshot("phone-" + (page.isEmpty() ? "home" : page.replace('/', '-')) + ".png");
            }
            driver.get(base + "/workshops");
            var book = waiting().until(d -> d.findElements(By.xpath("//vaadin-button[normalize-space(.)='Book a place']")).stream()
                    .filter(org.openqa.selenium.WebElement::isDisplayed).findFirst().orElse(null));
            assertThat(book.getRect().getX() + book.getRect().getWidth()).isLessThanOrEqualTo(390);
            assertNoSeriousViolations("workshops on a phone");
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** The demo user who holds each role, to open a page as someone allowed to. */
    private static final Map<String, String> USER_OF_ROLE = Map.ofEntries(Map.entry("PRACTITIONER", "practitioner"),
            Map.entry("TEAM_MANAGER", "manager"), Map.entry("SERVICE_MANAGER", "servicemanager"), Map.entry("HEAD_OF_SERVICE", "headofservice"),
            Map.entry("DIRECTOR", "director"), Map.entry("PRINCIPAL_SOCIAL_WORKER", "psw"), Map.entry("QA_OFFICER", "qa"),
            Map.entry("COMPLAINTS_OFFICER", "complaints"), Map.entry("BOARD_MEMBER", "board"), Map.entry("ADMINISTRATOR", "admin"));

    // First, before the journeys below use up what the demo offers (the practitioner's feedback to give).
    @Test
    @Order(0)
    void everyRouteOpensForARoleAllowedToAndHasNoSeriousAccessibilityViolation() throws Exception {
        // Every @Route the portal and its modules have, with who may open it.
        var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new org.springframework.core.type.filter.AnnotationTypeFilter(com.vaadin.flow.router.Route.class));
        Map<String, java.util.Set<String>> allowed = new java.util.TreeMap<>();
        for (var bean : scanner.findCandidateComponents("org.sightline")) {
            Class<?> view = Class.forName(bean.getBeanClassName());
            String template = view.getAnnotation(com.vaadin.flow.router.Route.class).value();
            var roles = view.getAnnotation(jakarta.annotation.security.RolesAllowed.class);
            if (roles != null) {
                allowed.put(template, org.sightline.kernel.people.RoleGroup.expand(roles.value()));
            } else if (view.isAnnotationPresent(jakarta.annotation.security.PermitAll.class)) {
                allowed.put(template, USER_OF_ROLE.keySet());
            }
        }
        assertThat(allowed).hasSizeGreaterThan(40);
        java.util.Set<String> visited = new java.util.TreeSet<>();
        List<String> problems = new java.util.ArrayList<>();
        for (var role : List.of("QA_OFFICER", "PRINCIPAL_SOCIAL_WORKER", "TEAM_MANAGER", "PRACTITIONER", "SERVICE_MANAGER", "HEAD_OF_SERVICE",
                "DIRECTOR", "COMPLAINTS_OFFICER", "BOARD_MEMBER", "ADMINISTRATOR")) {
            driver.manage().deleteAllCookies();
            signInAs(USER_OF_ROLE.get(role));
            java.util.Set<String> links = new java.util.LinkedHashSet<>();
            // The pages without parameters first, collecting the record links they show.
            for (var route : allowed.entrySet()) {
                String template = route.getKey().replaceAll("/:[A-Za-z]+\\?$", "");
                if (template.contains(":") || visited.contains(route.getKey()) || !route.getValue().contains(role)) {
                    continue;
                }
                open(template, role, problems);
                visited.add(route.getKey());
                waitForGridRows();
                links.addAll(links());
            }
            // The bulletin editor opens on a draft, and the demo has none: the PSW starts one, as they would.
            if (role.equals("PRINCIPAL_SOCIAL_WORKER")) {
                driver.get(base + "/bulletins");
                var start = waiting().until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//vaadin-button[starts-with(normalize-space(.), 'Start a bulletin')]")));
                click(start);
                waiting().until(ExpectedConditions.urlMatches(".*/bulletins/\\d+/edit$"));
                links.add(driver.getCurrentUrl().substring(base.length() + 1));
            }
            // Then one record of each kind this role can reach from its own pages.
            for (var route : allowed.entrySet()) {
                if (!route.getKey().contains(":") || route.getKey().endsWith("?") || visited.contains(route.getKey())
                        || !route.getValue().contains(role)) {
                    continue;
                }
                // The list the record belongs to, as this role sees it (another role may have opened it first).
                int param = route.getKey().indexOf("/:");
                if (param > 0) {
                    driver.get(base + "/" + route.getKey().substring(0, param));
                    waiting().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
                    waitForGridRows();
                    links.addAll(links());
                }
                for (String path : candidates(route.getKey(), links)) {
                    if (open(path, role, problems)) {
                        visited.add(route.getKey());
                        break;
                    }
                }
            }
        }
        java.util.Set<String> missed = new java.util.TreeSet<>(allowed.keySet());
        missed.removeAll(visited);
        System.out.println("Accessibility checked on " + visited.size() + " routes; not reached: " + missed);
        driver.manage().deleteAllCookies();
        assertThat(problems).as(problems.size() + " problems").isEmpty();
        assertThat(missed).as("routes no allowed role could reach").isEmpty();
    }

    /**
     * Addresses to try for a route with parameters: records this role's pages link to; then the
     * route under a linked parent record ("audits/12" gives "audits/12/moderate"); then "new"
     * and the first few ids.
     */
    private static List<String> candidates(String template, java.util.Set<String> links) {
        java.util.function.Function<String, java.util.regex.Pattern> regex = t ->
                java.util.regex.Pattern.compile(t.replaceAll(":[A-Za-z]+(\\([^)]*\\))?", "[^/]+"));
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        links.stream().filter(l -> regex.apply(template).matcher(l).matches()).limit(3).forEach(out::add);
        int cut = template.lastIndexOf('/');
        if (cut > 0 && !template.substring(cut).contains(":")) {
            String parent = template.substring(0, cut);
            links.stream().filter(l -> regex.apply(parent).matcher(l).matches()).limit(12).forEach(l -> out.add(l + template.substring(cut)));
        }
        if (template.matches("[^:]*/:[A-Za-z]+")) {
            out.add(template.replaceAll(":[A-Za-z]+$", "new"));
            for (int id = 1; id <= 3; id++) {
                out.add(template.replaceAll(":[A-Za-z]+$", String.valueOf(id)));
            }
        }
        return List.copyOf(out);
    }

    /** Opens a page as the signed-in role; false if it turned out not to be that page (refused or not found). */
    private static boolean open(String path, String role, List<String> problems) throws Exception {
        driver.get(base + "/" + path);
        try {
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        } catch (org.openqa.selenium.TimeoutException e) {
            problems.add(role + " " + path + ": no page heading");
            return false;
        }
        Thread.sleep(300);
        String heading = driver.findElement(By.tagName("h1")).getText();
        if (heading.contains("Something went wrong")) {
            problems.add(role + " " + path + ": something went wrong");
            return false;
        }
        if (heading.equals("Page not found") || heading.equals("You do not have access to this page")) {
            return false;
        }
        try {
            assertNoSeriousViolations(role + " " + path);
        } catch (AssertionError e) {
            problems.add(e.getMessage().lines().findFirst().orElse(path));
        }
        // One spacing rule: a section heading never sits flush against what comes before it.
        @SuppressWarnings("unchecked")
        List<String> flush = (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                const out = [];
                for (const h of document.querySelectorAll('.page h2')) {
                  if (h.closest('.panel')) continue;
                  let prev = h.previousElementSibling;
                  if (!prev && h.parentElement && !h.parentElement.classList.contains('page')) prev = h.parentElement.previousElementSibling;
                  if (!prev || prev.getBoundingClientRect().height === 0) continue;
                  const gap = h.getBoundingClientRect().top - prev.getBoundingClientRect().bottom;
                  if (gap < 12) out.push(h.textContent.trim() + ' (' + Math.round(gap) + ' px)');
                }
                return out;""");
        flush.forEach(f -> problems.add(role + " " + path + ": heading flush against what is above it: " + f));
        // No field's label is cut off ("Leave out cases audited i…").
        @SuppressWarnings("unchecked")
        List<String> cut = (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                const out = [];
                for (const f of document.querySelectorAll('[has-label]')) {
                  const part = f.shadowRoot && f.shadowRoot.querySelector('[part~="label"]');
                  if (part && part.offsetWidth > 0 && part.scrollWidth > part.clientWidth + 1) out.push(f.label || f.getAttribute('label'));
                }
                return out;""");
        cut.forEach(c -> problems.add(role + " " + path + ": the label \"" + c + "\" is cut off"));
        return true;
    }

    /** A grid fetches its rows after the page is drawn; the record links are in those rows. */
    private static void waitForGridRows() throws InterruptedException {
        var js = (org.openqa.selenium.JavascriptExecutor) driver;
        for (int i = 0; i < 20; i++) {
            Boolean settled = (Boolean) js.executeScript("const grids = [...document.querySelectorAll('vaadin-grid')];"
                    + " return grids.every(g => !g.hasAttribute('loading') && (g.querySelector('vaadin-grid-cell-content') !== null"
                    + " || (g.items && g.items.length === 0) || g._effectiveSize === 0));");
            if (Boolean.TRUE.equals(settled)) {
                break;
            }
            Thread.sleep(150);
        }
        Thread.sleep(400);
    }

    @SuppressWarnings("unchecked")
    private static List<String> links() {
        return ((List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))"
                        + ".filter(h => h && !h.startsWith('http') && !h.startsWith('/') && !h.includes('VAADIN')).map(h => h.split('?')[0]);"));
    }

    @Test
    @Order(21)
    void theComplaintsRegisterFillsThePageWithEachNextStepOnOneLine() throws Exception {
        driver.manage().deleteAllCookies();
        signInAs("complaints");
        driver.get(base + "/complaints");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#complaints-grid .one-line")));
        Thread.sleep(300);
        var js = (org.openqa.selenium.JavascriptExecutor) driver;
        Number gridHeight = (Number) js.executeScript("return document.getElementById('complaints-grid').getBoundingClientRect().height;");
        Number window = (Number) js.executeScript("return window.innerHeight;");
        assertThat(gridHeight.doubleValue()).as("the register's height in a %s px window", window).isGreaterThan(window.doubleValue() * 0.45);
        @SuppressWarnings("unchecked")
        List<Number> lines = (List<Number>) js.executeScript("return [...document.querySelectorAll('#complaints-grid .one-line')]"
                + ".map(s => new Set([...s.getClientRects()].map(r => Math.round(r.top))).size);");
        assertThat(lines).isNotEmpty().allSatisfy(n -> assertThat(n.intValue()).isEqualTo(1));
        Object sideways = js.executeScript("const g = document.getElementById('complaints-grid').shadowRoot.querySelector('#table');"
                + " return g.scrollWidth - g.clientWidth;");
        assertThat(((Number) sideways).intValue()).as("the register scrolls sideways").isLessThanOrEqualTo(0);
        screenshot("complaints-register.png");
    }
}
