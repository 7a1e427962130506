package care.dyad.e2e.support;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver (no browser download), at 1280
 * px like a desktop: signs in through the real Keycloak page and finds things the way a person
 * does, by label, button text and heading.
 */
public final class Browser implements AutoCloseable {

  private static final int WIDTH = 1280;
  private static final int HEIGHT = 900;

  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private final String app;

  private Browser(URL app) {
    var options = new ChromeOptions();
    options.setBinary(System.getProperty("dyadcare.chromium", "/usr/bin/chromium"));
    // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=" + WIDTH + "," + HEIGHT,
        "--lang=en-GB");
    var service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("dyadcare.chromedriver", "/usr/bin/chromedriver")))
            .build();
    this.driver = new ChromeDriver(service, options);
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    var base = app.toString();
    this.app = base.endsWith("/") ? base : base + "/";
  }

  public static Browser open(URL app) {
    return new Browser(app);
  }

  /** Opens the application's address, as someone typing it would. */
  public void home() {
    driver.get(app);
  }

  /** Opens the application and signs in on Keycloak's own page. */
  public Browser signIn(String username) {
    return signIn(username, "demo");
  }

  public Browser signIn(String username, String password) {
    home();
    typeCredentials(username, password);
    until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#nav a")));
    waitForPage();
    return this;
  }

  /**
   * A new account's first sign-in: the initial password is temporary, and Keycloak asks for a
   * password of the holder's own before the application opens.
   */
  public Browser firstSignIn(String username, String initialPassword, String chosenPassword) {
    home();
    typeCredentials(username, initialPassword);
    until(ExpectedConditions.elementToBeClickable(By.id("password-new"))).sendKeys(chosenPassword);
    driver.findElement(By.id("password-confirm")).sendKeys(chosenPassword);
    driver.findElement(By.id("kc-submit")).click();
    until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#nav a")));
    waitForPage();
    return this;
  }

  /** Fills Keycloak's sign-in form (the browser must be on it). */
  public void typeCredentials(String username) {
    typeCredentials(username, "demo");
  }

  public void typeCredentials(String username, String password) {
    until(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("kc-login")).click();
  }

  /** Goes to a page of the signed-in application (#/…) without reloading it. */
  public Browser go(String route) {
    script(
        "document.getElementById('main').removeAttribute('data-rendered-in-ms');"
            + " location.hash = arguments[0]",
        route);
    var milliseconds = waitForPage();
    RenderTimes.record(route, milliseconds);
    return this;
  }

  /** Waits until the page is drawn with its data; answers how long that took in the browser. */
  public int waitForPage() {
    var mark =
        until(
            d -> {
              var value = d.findElement(By.id("main")).getAttribute("data-rendered-in-ms");
              return value == null || value.isEmpty() ? null : value;
            });
    return Integer.parseInt(mark);
  }

  public String heading() {
    return driver.findElement(By.cssSelector("main h1")).getText();
  }

  public WebElement find(By by) {
    return until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  /** An element marked data-test="name". */
  public WebElement testId(String name) {
    return find(By.cssSelector("[data-test='" + name + "']"));
  }

  /** The control a visible label names, inside the given container. */
  public WebElement field(WebElement container, String label) {
    var labelElement =
        container.findElement(
            By.xpath(
                ".//label[normalize-space(.)='"
                    + label
                    + "' or normalize-space(.)='"
                    + label
                    + " *']"));
    return container.findElement(By.id(labelElement.getAttribute("for")));
  }

  public void type(WebElement container, String label, String text) {
    var input = field(container, label);
    input.clear();
    input.sendKeys(text);
  }

  /** Sets a date, time or datetime-local field, which sendKeys cannot fill reliably. */
  public void set(WebElement container, String label, String value) {
    var input = field(container, label);
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
            input,
            value);
  }

  public void choose(WebElement container, String label, String optionText) {
    new Select(field(container, label)).selectByVisibleText(optionText);
  }

  public void chooseValue(WebElement container, String label, String value) {
    new Select(field(container, label)).selectByValue(value);
  }

  public void press(WebElement container, String buttonText) {
    var button =
        until(
            ExpectedConditions.elementToBeClickable(
                container.findElement(
                    By.xpath(".//button[normalize-space(.)='" + buttonText + "']"))));
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
    button.click();
  }

  public void waitForText(By by, String text) {
    until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  public String currentUrl() {
    return driver.getCurrentUrl();
  }

  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Waits for a condition; on timeout saves a screenshot and says what the page showed. */
  public <T> T until(
      java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
    try {
      return wait.until(condition);
    } catch (TimeoutException e) {
      var name = "failed-" + System.currentTimeMillis();
      screenshot(name);
      throw new TimeoutException(
          e.getMessage() + "\nScreenshot " + name + ".png; the page said:\n" + pageText(), e);
    }
  }

  /** Saves the whole page as target/screenshots/{name}.png, for the README and for failures. */
  public void screenshot(String name) {
    screenshot(name, WIDTH);
  }

  /** The same at another width, e.g. 820 px for a tablet held upright. */
  public void screenshot(String name, int width) {
    driver.manage().window().setSize(new Dimension(width, HEIGHT));
    var height = ((Number) script("return document.documentElement.scrollHeight")).intValue();
    // The window's height includes the browser's own frame; a little more keeps the page whole.
    driver
        .manage()
        .window()
        .setSize(new Dimension(width, Math.min(Math.max(height + 150, HEIGHT), 2600)));
    // Passing notices would cover the page.
    script("window.scrollTo(0, 0); document.getElementById('notices')?.replaceChildren()");
    try {
      var dir = Path.of(System.getProperty("dyadcare.screenshots", "target/screenshots"));
      Files.createDirectories(dir);
      var png = driver.getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(png, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new IllegalStateException("Could not save screenshot " + name, e);
    } finally {
      driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
