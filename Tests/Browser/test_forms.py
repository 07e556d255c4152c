"""The generated forms in headless Chromium, as citizens meet them.

Run through Tests/Browser/run, which builds the forms and sets TTHC_FORMS (folders of
forms), TTHC_CHROMIUM, TTHC_CHROMEDRIVER and TTHC_SCREENSHOTS.
"""
import glob
import json
import os

import jsonschema
import pytest
from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

FOLDERS = os.environ.get("TTHC_FORMS", "").split(":")
FORMS = sorted(path for folder in FOLDERS if folder for path in glob.glob(os.path.join(folder, "*.html")))
FIXTURES = next((folder for folder in FOLDERS if "fixtures" in folder), "")
ALL_TYPES = os.path.join(FIXTURES, "2.000010.html")
HOSTILE = os.path.join(FIXTURES, "2.000011.html")
BIRTH = next((path for path in FORMS if path.endswith("1.001193.html")), "")
SHOTS = os.environ.get("TTHC_SCREENSHOTS", "screenshots")


@pytest.fixture(scope="session")
def driver():
    options = Options()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]:
        options.add_argument(argument)
    options.binary_location = os.environ["TTHC_CHROMIUM"]
    browser = webdriver.Chrome(service=Service(os.environ["TTHC_CHROMEDRIVER"]), options=options)
    browser.set_window_size(1280, 1000)
    yield browser
    browser.quit()


def open_form(driver, path):
    driver.set_window_size(1280, 1000)
    driver.get("file://" + os.path.abspath(path))
    return driver


def by_id(driver, element_id):
    return driver.find_element(By.ID, element_id)


def type_into(driver, element_id, text):
    element = by_id(driver, element_id)
    element.clear()
    element.send_keys(text)


def submit(driver):
    by_id(driver, "submit").click()


def errors(driver):
    return [link.text for link in driver.find_elements(By.CSS_SELECTOR, "#error-list a")]


def inline(driver, field):
    element = by_id(driver, "error-" + field)
    return element.text if element.is_displayed() else ""


def submission(driver):
    return driver.execute_script("return window.tthcSubmission")


def fill_valid(driver):
    """Fills the all-types form with valid values, without touching optional conditionals."""
    type_into(driver, "f-full_name", "Nguyễn Văn An")
    type_into(driver, "f-age", "30")
    type_into(driver, "f-birth_date-day", "27")
    type_into(driver, "f-birth_date-month", "3")
    type_into(driver, "f-birth_date-year", "1996")
    by_id(driver, "f-sex-nu").click()
    type_into(driver, "f-citizen", "001203004567")


# Accessibility and screenshots, for every form.

@pytest.mark.parametrize("path", FORMS, ids=[os.path.basename(p) for p in FORMS])
def test_axe_reports_no_violations(driver, path):
    open_form(driver, path)
    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    assert results["violations"] == [], axe.report(results["violations"])
    # The error state too: submit empty and check again.
    submit(driver)
    axe.inject()
    results = axe.run()
    assert results["violations"] == [], axe.report(results["violations"])


@pytest.mark.parametrize("path", FORMS, ids=[os.path.basename(p) for p in FORMS])
def test_screenshots(driver, path):
    os.makedirs(SHOTS, exist_ok=True)
    name = os.path.splitext(os.path.basename(path))[0]
    for label, width in [("desktop", 1280), ("phone", 375)]:
        driver.set_window_size(width, 900)
        driver.get("file://" + os.path.abspath(path))
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(width, max(900, height))
        assert driver.save_screenshot(os.path.join(SHOTS, "%s-%s.png" % (name, label)))
        # Nothing wider than the screen on a phone.
        assert driver.execute_script("return document.documentElement.scrollWidth") <= width + 1


# Conditions compiled from the same expressions as the checker.

def test_visible_when_shows_and_hides_and_hidden_is_neither_required_nor_submitted(driver):
    open_form(driver, ALL_TYPES)
    assert not by_id(driver, "field-late_reason").is_displayed()
    by_id(driver, "f-late").click()
    assert by_id(driver, "field-late_reason").is_displayed()
    fill_valid(driver)
    submit(driver)
    assert "Vui lòng nhập Lý do quá hạn" in errors(driver)
    type_into(driver, "f-late_reason", "Ốm nằm viện")
    by_id(driver, "f-late").click()  # hide it again, with text inside
    assert not by_id(driver, "field-late_reason").is_displayed()
    submit(driver)
    assert errors(driver) == []
    data = submission(driver)
    assert "late_reason" not in data and data["late"] is False


def test_required_when_and_constraint_block_submission_with_the_authors_message(driver):
    open_form(driver, ALL_TYPES)
    fill_valid(driver)
    type_into(driver, "f-age", "10")
    type_into(driver, "f-birth_date-year", "2999")
    submit(driver)
    assert errors(driver) == ["Vui lòng nhập Họ tên người giám hộ", "Ngày sinh không được sau hôm nay"]
    assert inline(driver, "birth_date") == "Ngày sinh không được sau hôm nay"
    assert by_id(driver, "error-summary").is_displayed()
    assert driver.execute_script("return document.activeElement.id") == "error-summary"
    driver.find_elements(By.CSS_SELECTOR, "#error-list a")[0].click()
    assert driver.execute_script("return document.activeElement.id") == "f-guardian_name"
    assert by_id(driver, "f-guardian_name").get_attribute("aria-invalid") == "true"
    assert "error-guardian_name" in by_id(driver, "f-guardian_name").get_attribute("aria-describedby")
    type_into(driver, "f-age", "30")
    type_into(driver, "f-birth_date-year", "1996")
    submit(driver)
    assert errors(driver) == []
    assert submission(driver) is not None


def test_fee_total_updates_live_with_the_online_price(driver):
    open_form(driver, ALL_TYPES)
    assert by_id(driver, "fee-le_phi").text == "10.000 VND"
    assert by_id(driver, "fee-le_phi-normal").text == "20.000 VND"
    assert by_id(driver, "fee-total").text == "10.000 VND"
    type_into(driver, "f-copies", "3")
    assert by_id(driver, "fee-phi_ban_sao").text == "24.000 VND"
    assert by_id(driver, "fee-total").text == "34.000 VND"


# Field types accept what they should and refuse what they should.

@pytest.mark.parametrize("field,value,ok", [
    ("citizen", "001203004567", True), ("citizen", "12345", False), ("citizen", "00120300456a", False),
    ("phone", "0912 345 678", True), ("phone", "+84912345678", True), ("phone", "12345", False),
    ("tax", "0101234567", True), ("tax", "0101234567-001", True), ("tax", "123", False),
    ("email", "an@example.vn", True), ("email", "an@", False),
    ("income", "50.000", True), ("income", "50 000", True), ("income", "500", False), ("income", "năm mươi", False),
    ("height", "1,75", True), ("height", "cao", False),
    ("age", "121", False), ("age", "abc", False),
    ("full_name", "x" * 51, False),
])
def test_field_types(driver, field, value, ok):
    open_form(driver, ALL_TYPES)
    fill_valid(driver)
    type_into(driver, "f-" + field, value)
    submit(driver)
    if ok:
        assert errors(driver) == [], errors(driver)
    else:
        assert len(errors(driver)) == 1 and inline(driver, field), errors(driver)


def test_money_as_people_type_it_is_submitted_as_a_number(driver):
    open_form(driver, ALL_TYPES)
    fill_valid(driver)
    type_into(driver, "f-income", "1.500.000")
    submit(driver)
    assert submission(driver)["income"] == 1500000


@pytest.mark.parametrize("day,month,year,ok", [("31", "2", "2020", False), ("29", "2", "2020", True), ("29", "2", "2021", False), ("1", "13", "2020", False)])
def test_dates(driver, day, month, year, ok):
    open_form(driver, ALL_TYPES)
    fill_valid(driver)
    type_into(driver, "f-birth_date-day", day)
    type_into(driver, "f-birth_date-month", month)
    type_into(driver, "f-birth_date-year", year)
    submit(driver)
    assert (errors(driver) == []) == ok, errors(driver)
    if not ok:
        assert "phải" in inline(driver, "birth_date") or "ngày có thật" in inline(driver, "birth_date")


@pytest.mark.parametrize("name,size,ok", [("scan.pdf", 500, True), ("scan.txt", 10, False), ("big.pdf", 4000, False)])
def test_file_type_and_size(driver, tmp_path, name, size, ok):
    path = tmp_path / name
    path.write_bytes(b"%" * size)
    open_form(driver, ALL_TYPES)
    fill_valid(driver)
    by_id(driver, "f-scan").send_keys(str(path))
    submit(driver)
    assert (errors(driver) == []) == ok, errors(driver)


def test_language_switch_shows_english_where_texts_exist(driver):
    open_form(driver, ALL_TYPES)
    by_id(driver, "language-switch").click()
    assert driver.find_element(By.TAG_NAME, "h1").text == "Test procedure with every field type"
    assert driver.find_element(By.CSS_SELECTOR, "label[for=f-full_name]").text.startswith("Full name")
    assert driver.find_element(By.CSS_SELECTOR, "label[for=f-address]").text.startswith("Địa chỉ")  # no English
    assert driver.execute_script("return document.documentElement.lang") == "en"
    submit(driver)
    assert "Enter Full name" in errors(driver)
    by_id(driver, "language-switch").click()
    assert "Vui lòng nhập Họ và tên" in errors(driver)


def test_submitted_data_matches_the_forms_json_schema(driver):
    open_form(driver, ALL_TYPES)
    fill_valid(driver)
    by_id(driver, "f-late").click()
    type_into(driver, "f-late_reason", "Ốm")
    by_id(driver, "f-extras-anh").click()
    type_into(driver, "f-income", "2.000.000")
    type_into(driver, "f-height", "1,7")
    type_into(driver, "f-tax", "0101234567")
    type_into(driver, "f-copies", "2")
    submit(driver)
    data = submission(driver)
    assert data is not None, errors(driver)
    with open(ALL_TYPES.replace(".html", ".schema.json"), encoding="utf-8") as handle:
        schema = json.load(handle)
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(data)
    assert data["extras"] == ["anh"] and data["birth_date"] == "1996-03-27" and data["height"] == 1.7


def test_keyboard_only_completion(driver):
    open_form(driver, BIRTH)
    body = driver.find_element(By.TAG_NAME, "body")
    body.click()

    def tab_to(element_id):
        for _ in range(80):
            ActionChains(driver).send_keys(Keys.TAB).perform()
            if driver.execute_script("return document.activeElement.id") == element_id:
                return
        raise AssertionError("Tab never reached " + element_id)

    def keys(*sequence):
        ActionChains(driver).send_keys(*sequence).perform()

    tab_to("f-child_name"); keys("Nguyễn Văn An")
    tab_to("f-child_dob-day"); keys("27")
    tab_to("f-child_dob-month"); keys("3")
    tab_to("f-child_dob-year"); keys("2026")
    tab_to("f-child_sex-nam"); keys(Keys.SPACE)
    tab_to("f-place_of_birth"); keys("Hà Nội")
    tab_to("f-applicant_id"); keys("001203004567")
    tab_to("submit"); keys(Keys.ENTER)
    assert errors(driver) == []
    data = submission(driver)
    assert data["child_sex"] == "nam" and data["child_dob"] == "2026-03-27"


# Hostile text.

def test_hostile_text_is_shown_as_text_and_never_runs(driver):
    open_form(driver, HOSTILE)
    assert driver.execute_script("return window.__pwned") is None
    assert "<script>window.__pwned=1</script>" in driver.find_element(By.TAG_NAME, "h1").text
    assert "<img src=x" in driver.find_element(By.CSS_SELECTOR, "label[for=f-ghi_chu]").text
    assert driver.find_elements(By.CSS_SELECTOR, "main img, main svg, main iframe, main a[href^=javascript]") == []
    assert driver.find_element(By.TAG_NAME, "body").is_displayed()  # the <style> in a fee name did nothing
    submit(driver)
    by_id(driver, "f-lua_chon-a").click()
    type_into(driver, "f-ghi_chu", "x")
    submit(driver)
    assert "</p><script>window.__pwned=1</script> quá ngắn" in errors(driver)
    by_id(driver, "language-switch").click()
    by_id(driver, "language-switch").click()
    assert driver.execute_script("return window.__pwned") is None
    assert len(driver.find_elements(By.TAG_NAME, "script")) == 1
