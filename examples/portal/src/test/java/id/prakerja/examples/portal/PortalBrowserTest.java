// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The page in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}; nothing is downloaded):
 * one browser for the class, a fresh page per test, a screenshot of each final page under
 * {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class PortalBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static final String NIK = "3174015708990001";
    static final String KK = "3174011203150007";
    static final String BAD_NIK = "3174015708999";

    private static WebDriver driver;
    private static WebDriverWait wait;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(binary)) {
                fail(binary + " is missing: the browser tests need Debian's Chromium and its driver."
                        + " Install them with: sudo apt-get install -y chromium chromium-driver");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--lang=en-US", "--window-size=1100,1500");
        // the system driver, given by path: Selenium Manager is never asked to find or download one
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @AfterEach
    void screenshotAndNoNikInTheLog(TestInfo test, CapturedOutput output) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(
                shot.toPath(),
                SCREENSHOTS.resolve(test.getTestMethod().orElseThrow().getName() + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
        for (String number : List.of(NIK, KK, BAD_NIK, "3174015708030002")) {
            assertThat(output.getAll()).as("the log").doesNotContain(number);
            assertThat(driver.getPageSource()).as("the page").doesNotContain(number);
        }
    }

    /** The answers of an applicant, by field, as a person would give them (choice values, dates). */
    static Map<String, String> siti() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("nik", NIK);
        a.put("familyCardNumber", KK);
        a.put("fullName", "Siti Aminah");
        a.put("birthDate", "1999-08-17");
        a.put("sex", "FEMALE");
        a.put("citizenship", "WNI");
        a.put("workforceCategory", "JOB_SEEKER");
        a.put("inFormalEducation", "false");
        a.put("occupation", "PRIVATE_EMPLOYEE");
        a.put("socialAssistance", "");
        a.put("familySocialAssistance", "");
        a.put("priorParticipation", "NONE");
        a.put("otherFamilyRecipients", "0");
        return a;
    }

    private void open(String query) {
        driver.get("http://localhost:" + port + "/" + query);
        wait.until(d -> "true".equals(body().getDomAttribute("data-ready")));
        idle();
    }

    private WebElement body() {
        return driver.findElement(By.tagName("body"));
    }

    private void idle() {
        wait.until(d -> "false".equals(body().getDomAttribute("data-busy")));
    }

    /** The field the page asks now, or null when every question is answered. */
    private String asking() {
        if (driver.findElement(By.id("form")).getDomAttribute("hidden") != null) {
            return null;
        }
        List<WebElement> controls = driver.findElements(By.cssSelector("#field input, #field select"));
        assertThat(controls).as("the question shows a control").isNotEmpty();
        String name = controls.get(0).getDomAttribute("name");
        // one question at a time: every control on the form belongs to the same field
        assertThat(controls)
                .allSatisfy(c -> assertThat(c.getDomAttribute("name")).isEqualTo(name));
        return name;
    }

    /** Answers every question the page asks, with the mouse (clicks), and returns the fields in asking order. */
    private List<String> answerAll(Map<String, String> answers) {
        List<String> asked = new ArrayList<>();
        for (String field = asking(); field != null; field = asking()) {
            assertThat(asked).as("asked again").doesNotContain(field);
            asked.add(field);
            assertThat(answers).as("an answer for " + field).containsKey(field);
            answer(field, answers.get(field));
            driver.findElement(By.id("next")).click();
            idle();
        }
        return asked;
    }

    private void answer(String field, String value) {
        List<WebElement> boxes = driver.findElements(By.cssSelector("#field input[type=checkbox]"));
        if (!boxes.isEmpty()) {
            for (WebElement box : boxes) {
                if (!value.isEmpty() && List.of(value.split(",")).contains(box.getDomAttribute("value"))) {
                    box.click();
                }
            }
            return;
        }
        WebElement control = driver.findElement(By.id("input-" + field));
        if (control.getTagName().equals("select")) {
            new Select(control).selectByValue(value);
        } else if ("date".equals(control.getDomAttribute("type"))) {
            // Chromium's date input under en-US takes month, day, year as typed digits
            String[] ymd = value.split("-");
            control.sendKeys(ymd[1] + ymd[2] + ymd[0]);
        } else {
            control.sendKeys(value);
        }
    }

    private String decision() {
        return driver.findElement(By.id("decision")).getText();
    }

    private List<WebElement> reasons() {
        return driver.findElements(By.cssSelector("#reasons li"));
    }

    @Test
    void anEligibleApplicantAtTheLatestWaveIsNotAskedAboutSocialAssistance() {
        open("");
        List<String> asked = answerAll(siti());
        assertThat(decision()).startsWith("Memenuhi syarat.");
        assertThat(body().getDomAttribute("data-busy")).isEqualTo("false");
        assertThat(driver.findElement(By.id("decision")).getDomAttribute("data-state"))
                .isEqualTo("eligible");
        assertThat(reasons()).isEmpty();
        assertThat(asked).startsWith("nik", "familyCardNumber").doesNotContain("socialAssistance");
        assertThat(asked).doesNotContain("familySocialAssistance");
        assertThat(driver.findElement(By.id("done")).isDisplayed()).isTrue();
        // the answers list shows the NIK masked, first and last four digits kept
        assertThat(driver.findElement(By.id("answer-list")).getText())
                .contains("3174********0001")
                .contains("pendidikan formal? Tidak")
                .doesNotContain("?:");
    }

    @Test
    void atWave16TheBansosQuestionsAreAskedAndARecipientIsRefused() {
        open("?wave=16");
        Map<String, String> answers = siti();
        answers.put("socialAssistance", "PKH");
        List<String> asked = answerAll(answers);
        assertThat(asked).contains("socialAssistance", "familySocialAssistance");
        assertThat(decision()).startsWith("Tidak memenuhi syarat.").contains("Gelombang 16");
        assertThat(reasons()).isNotEmpty();
    }

    @Test
    void aSeventeenYearOldSeesTheRefusalAndTheDateFromWhichTheyQualify() {
        open("?wave=18");
        Map<String, String> answers = siti();
        answers.put("nik", "3174015708030002");
        answers.put("birthDate", "2003-08-17");
        answerAll(answers);
        assertThat(decision()).startsWith("Tidak memenuhi syarat.").contains("Gelombang 18");
        List<WebElement> reasons = reasons();
        assertThat(reasons).hasSize(1);
        WebElement reason = reasons.get(0);
        assertThat(reason.getDomAttribute("data-code")).isEqualTo("ELIGIBILITY_MIN_AGE");
        assertThat(reason.findElement(By.className("reason")).getText()).contains("18 tahun");
        assertThat(reason.findElement(By.className("basis")).getText())
                .startsWith("Dasar hukum: ")
                .contains("Permenko");
        assertThat(reason.findElement(By.className("cure")).getText())
                .contains("Memenuhi syarat usia mulai 17 Agustus 2021");
    }

    @Test
    void aBadNikIsARefusalWithItsReasonAndTheNumberStaysMasked() {
        open("");
        Map<String, String> answers = siti();
        answers.put("nik", BAD_NIK);
        answerAll(answers);
        assertThat(decision()).startsWith("Tidak memenuhi syarat.");
        assertThat(reasons()).anySatisfy(r -> {
            assertThat(r.getDomAttribute("data-code")).isEqualTo("NIK_FORMAT");
            assertThat(r.findElement(By.className("reason")).getText()).containsIgnoringCase("NIK");
        });
        assertThat(driver.findElement(By.id("answer-list")).getText()).contains("3174*****8999");
    }

    @Test
    void theEnglishSwitchTranslatesThePageTheQuestionsAndTheAnswer() {
        open("?wave=18");
        assertThat(driver.findElement(By.id("title")).getText()).isEqualTo("Cek kelayakan Kartu Prakerja");
        driver.findElement(By.id("lang-en")).click();
        idle();
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("en");
        assertThat(driver.findElement(By.id("title")).getText()).isEqualTo("Kartu Prakerja eligibility check");
        assertThat(driver.findElement(By.id("lang-en")).getDomAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(driver.findElement(By.cssSelector("label[for=input-nik]")).getText())
                .isEqualTo("NIK (national identity number)");
        Map<String, String> answers = siti();
        answers.put("nik", "3174015708030002");
        answers.put("birthDate", "2003-08-17");
        answerAll(answers);
        assertThat(decision()).startsWith("Not eligible.").contains("Wave 18");
        WebElement reason = reasons().get(0);
        assertThat(reason.findElement(By.className("basis")).getText()).startsWith("Legal basis: ");
        assertThat(reason.findElement(By.className("cure")).getText())
                .startsWith("What would change it: ")
                .contains("17 August 2021");
    }

    @Test
    void eachAnswerBringsTheNextQuestionOnly() {
        open("");
        assertThat(asking()).isEqualTo("nik");
        assertThat(decision()).startsWith("Belum dapat diputuskan");
        assertThat(reasons()).as("a field not asked yet is no reason").isEmpty();
        answer("nik", NIK);
        driver.findElement(By.id("next")).click();
        idle();
        assertThat(asking()).isEqualTo("familyCardNumber");
        assertThat(driver.findElement(By.cssSelector("label[for=input-familyCardNumber]"))
                        .getText())
                .isEqualTo("Nomor Kartu Keluarga (KK)");
        // an empty answer is refused on the page, the question stays
        driver.findElement(By.id("next")).click();
        assertThat(driver.findElement(By.id("field-error")).getText()).isEqualTo("Pertanyaan ini wajib dijawab.");
        assertThat(asking()).isEqualTo("familyCardNumber");
        answer("familyCardNumber", KK);
        driver.findElement(By.id("next")).click();
        idle();
        assertThat(asking()).isEqualTo("fullName");
        assertThat(driver.findElement(By.id("answer-list")).getText())
                .contains("3174********0001")
                .contains("3174********0007");
    }

    @Test
    void theWholeFormWorksWithTheKeyboardOnly() {
        open("?wave=18");
        Map<String, String> answers = siti();
        List<String> asked = new ArrayList<>();
        for (String field = asking(); field != null; field = asking()) {
            asked.add(field);
            WebElement focused = driver.switchTo().activeElement();
            String value = answers.get(field);
            if ("checkbox".equals(focused.getDomAttribute("type"))) {
                // no box ticked: Tab past the boxes to the button
                tabTo("next");
            } else if (focused.getTagName().equals("select")) {
                assertThat(focused.getDomAttribute("id")).isEqualTo("input-" + field);
                int index = new Select(focused)
                        .getOptions()
                        .indexOf(focused.findElement(By.cssSelector("option[value='" + value + "']")));
                for (int i = 0; i < index; i++) {
                    focused.sendKeys(Keys.ARROW_DOWN);
                }
                tabTo("next");
            } else {
                assertThat(focused.getDomAttribute("id")).isEqualTo("input-" + field);
                if ("date".equals(focused.getDomAttribute("type"))) {
                    String[] ymd = value.split("-");
                    focused.sendKeys(ymd[1] + ymd[2] + ymd[0]);
                } else {
                    focused.sendKeys(value);
                }
                tabTo("next");
            }
            driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            idle();
        }
        assertThat(asked).contains("socialAssistance", "birthDate", "sex", "otherFamilyRecipients");
        assertThat(decision()).startsWith("Memenuhi syarat.");
    }

    /** Presses Tab until the element with this id has the focus. */
    private void tabTo(String id) {
        for (int i = 0; i < 30; i++) {
            WebElement focused = driver.switchTo().activeElement();
            if (id.equals(focused.getDomAttribute("id"))) {
                return;
            }
            focused.sendKeys(Keys.TAB);
        }
        fail("Tab never reached #" + id);
    }
}
