"""The demo world: a believable Addis Ababa tutoring practice, dated around today so it always looks current.

Deterministic for a given day (seeded random), so tests can rely on counts and names.
"""

from __future__ import annotations

import math
import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from .models import (
    EnrolledCourse,
    Enrollment,
    Lesson,
    Package,
    ParentProfile,
    Schedule,
    SessionRequest,
    Stroke,
    StudentProfile,
    TutorProfile,
    User,
    WhiteboardPage,
    WhiteboardSession,
    utcnow,
)
from .security import hash_password
from .timeutil import MONTHS, WEEKDAYS

_T = TypeVar("_T")
DEMO_TUTOR = ("tutor@demo.astegni.et", "demo-tutor")
DEMO_STUDENT = ("student@demo.astegni.et", "demo-student")
SECOND_TUTOR = ("yonas.girma@demo.astegni.et", "demo-tutor2")
DEMO_PASSWORD = "demo-student"  # every other seeded student and parent

STUDENTS: list[tuple[str, str, str, str, str, str]] = [
    # first, father, grandfather, gender, grade, school
    ("Hanna", "Tesfaye", "Worku", "Female", "Grade 10", "Nazareth School"),
    ("Dawit", "Bekele", "Haile", "Male", "Grade 12", "Menelik II Secondary School"),
    ("Eden", "Tesfaye", "Mulugeta", "Female", "Grade 10", "Bole Community School"),
    ("Kaleab", "Girma", "Assefa", "Male", "Grade 8", "Lideta Catholic Cathedral School"),
    ("Betelhem", "Alemu", "Desta", "Female", "Grade 12", "St. Joseph School"),
    ("Natnael", "Getachew", "Lemma", "Male", "University (Year 1)", "Addis Ababa University"),
    ("Liya", "Haile", "Gebre", "Female", "Grade 8", "Hope Enterprises School"),
    ("Mahlet", "Assefa", "Negash", "Female", "Grade 10", "Kokebe Tsibah Secondary School"),
    ("Yared", "Mengistu", "Abebe", "Male", "Grade 12", "Safari Academy"),
    ("Rediet", "Kebede", "Shiferaw", "Female", "Grade 8", "Sandford International School"),
    ("Samuel", "Demissie", "Yilma", "Male", "Grade 11", "Menelik II Secondary School"),
    (
        "Tsion",
        "Worku",
        "Tadesse",
        "Female",
        "University (Year 1)",
        "Addis Ababa Science and Technology University",
    ),
    ("Henok", "Shiferaw", "Bekele", "Male", "Grade 10", "Nazareth School"),
    ("Selamawit", "Yilma", "Girma", "Female", "Grade 9", "Bole Community School"),
    ("Abel", "Negash", "Alemu", "Male", "Grade 11", "St. Joseph School"),
    ("Meklit", "Desta", "Mengistu", "Female", "Grade 9", "Lideta Catholic Cathedral School"),
    ("Nahom", "Haile", "Gebre", "Male", "Grade 7", "Hope Enterprises School"),
    ("Saron", "Lemma", "Demissie", "Female", "Grade 11", "Safari Academy"),
    ("Biniyam", "Abebe", "Kebede", "Male", "Grade 12", "Kokebe Tsibah Secondary School"),
    ("Hiwot", "Gebre", "Tesfaye", "Female", "Grade 10", "Sandford International School"),
    ("Amanuel", "Tadesse", "Worku", "Male", "Grade 9", "Menelik II Secondary School"),
    ("Lidya", "Mulugeta", "Haile", "Female", "Grade 12", "Nazareth School"),
    ("Mikiyas", "Assefa", "Bekele", "Male", "Grade 8", "Bole Community School"),
    ("Ruth", "Girma", "Lemma", "Female", "Grade 11", "St. Joseph School"),
    ("Ermias", "Kebede", "Negash", "Male", "Grade 10", "Safari Academy"),
]
PARENTS = [
    # first, father, gender, relationship, children (indexes into STUDENTS)
    ("Almaz", "Haile", "Female", "Mother", [6, 16]),
    ("Tesfaye", "Mulugeta", "Male", "Father", [2]),
    ("Sara", "Kebede", "Female", "Mother", [9]),
    ("Getachew", "Assefa", "Male", "Father", [7, 22]),
]
AREAS = [
    "Bole",
    "Kazanchis",
    "Piassa",
    "CMC",
    "Megenagna",
    "Sarbet",
    "Ayat",
    "Gerji",
    "Lebu",
    "Summit",
    "Old Airport",
    "Mexico",
    "Arat Kilo",
    "Sidist Kilo",
]
HOBBIES = [
    ["Football", "Chess"],
    ["Reading", "Drawing"],
    ["Basketball", "Music"],
    ["Coding", "Robotics"],
    ["Running", "Photography"],
    ["Krar", "Poetry"],
    ["Volleyball", "Debate"],
]
ASPIRATIONS = [
    "Medical doctor",
    "Software engineer",
    "Civil engineer",
    "Architect",
    "Pilot",
    "Economist",
    "Pharmacist",
    "Data scientist",
    "Electrical engineer",
    "Teacher",
]


@dataclass(frozen=True)
class PackageSpec:
    name: str
    description: str
    grade: str
    rate: float
    days: str
    start: str
    end: str
    courses: tuple[str, ...]


PACKAGES = [
    PackageSpec(
        "Grade 10 Mathematics",
        "Algebra, quadratic equations and geometry for the Grade 10 curriculum, with weekly practice sets.",
        "Grade 10",
        300.0,
        "Monday, Wednesday",
        "16:00",
        "17:30",
        ("Mathematics",),
    ),
    PackageSpec(
        "Grade 12 Physics – National Exam Prep",
        "Mechanics, electricity and past ESSLCE papers under exam conditions.",
        "Grade 12",
        400.0,
        "Tuesday, Thursday",
        "17:00",
        "19:00",
        ("Physics",),
    ),
    PackageSpec(
        "Grade 8 Mathematics & Science",
        "Regional exam preparation: fractions, equations, basic chemistry and biology.",
        "Grade 8",
        250.0,
        "Saturday, Sunday",
        "10:00",
        "12:00",
        ("Mathematics", "General Science"),
    ),
    PackageSpec(
        "University Calculus I",
        "Limits, derivatives and integrals for first-year engineering and science students.",
        "University",
        500.0,
        "Monday, Friday",
        "18:00",
        "19:30",
        ("Calculus I",),
    ),
]

LESSON_TOPICS = {
    "Mathematics": [
        "Quadratic equations",
        "Factorisation",
        "Linear inequalities",
        "Similar triangles",
        "Trigonometric ratios",
        "Statistics: mean and median",
        "Exponents and logarithms",
    ],
    "Physics": [
        "Projectile motion",
        "Newton's laws",
        "Work, energy and power",
        "Circular motion",
        "Ohm's law and circuits",
        "Electrostatics",
        "Past paper 2016 E.C.",
    ],
    "General Science": ["The cell", "Acids and bases", "Photosynthesis", "States of matter"],
    "Calculus I": [
        "Limits and continuity",
        "Derivative rules",
        "Chain rule",
        "Related rates",
        "Definite integrals",
        "Integration by substitution",
    ],
}


class _Builder:
    def __init__(self, session: Session, today: date) -> None:
        self.s = session
        self.today = today
        self.now = utcnow()
        self.rng = random.Random(today.toordinal())
        self.student_hash = hash_password(DEMO_PASSWORD)

    def add(self, obj: _T) -> _T:
        self.s.add(obj)
        self.s.flush()
        return obj

    def user(
        self,
        email: str,
        password_hash: str,
        first: str,
        father: str,
        grandfather: str | None,
        gender: str,
        roles: list[str],
        active: str,
        birth_year: int,
    ) -> User:
        return self.add(
            User(
                email=email,
                password_hash=password_hash,
                first_name=first,
                father_name=father,
                grandfather_name=grandfather,
                last_name=grandfather,
                gender=gender,
                roles=roles,
                active_role=active,
                phone=f"+2519{self.rng.randint(10_000_000, 99_999_999)}",
                date_of_birth=date(birth_year, self.rng.randint(1, 12), self.rng.randint(1, 28)),
                location=f"{self.rng.choice(AREAS)}, Addis Ababa",
                country_code="ET",
                digital_id_no=f"FAN-{self.rng.randint(1000_0000, 9999_9999)}",
                created_at=self.now - timedelta(days=self.rng.randint(200, 700)),
            )
        )


def seed_accounts(session: Session, today: date | None = None, *, same_ids: bool = False) -> dict[str, Any]:
    """The two demo accounts, their profiles and the tutor's packages; no activity. `same_ids`: the demo
    student's profile id is the demo tutor's user id (ids of different spaces are equal on Astegni, and the
    web whiteboard then takes the tutor's ink for its own unless the client avoids it, CONTRACT.md §13)."""
    b = _Builder(session, today or utcnow().date())
    tutor_user = b.user(
        DEMO_TUTOR[0],
        hash_password(DEMO_TUTOR[1]),
        "Meron",
        "Alemayehu",
        "Tesfaye",
        "Female",
        ["student", "tutor"],
        "tutor",
        1991,
    )
    tutor = b.add(
        TutorProfile(
            user_id=tutor_user.id,
            subjects=["Mathematics", "Physics"],
            rating=4.8,
            is_verified=True,
            bio="Mathematics and physics tutor with eight years of experience preparing Addis Ababa students "
            "for "
            "the national exam. Lessons online or in person around Bole.",
            hero_subtitle="Maths & Physics · Grades 8–12 and first-year university",
            expertise_badge="Expert",
            location="Bole, Addis Ababa",
        )
    )
    b.add(
        StudentProfile(
            user_id=tutor_user.id,
            grade_level="MSc (Applied Mathematics)",
            studying_at="Addis Ababa University",
            languages=["Amharic", "English"],
        )
    )
    packages = [
        b.add(
            Package(
                tutor_id=tutor.id,
                name=p.name,
                description=p.description,
                grade_level=p.grade,
                hourly_rate=p.rate,
                days_per_week=len(p.days.split(",")),
                hours_per_day=_hours(p.start, p.end),
                payment_frequency="monthly",
                session_format="Online / In-person",
                schedule_type="recurring",
                schedule_days=p.days,
                start_time=p.start,
                end_time=p.end,
                session_duration=int(_hours(p.start, p.end) * 60),
                course_ids=[i + 1],
                course_names=list(p.courses),
            )
        )
        for i, p in enumerate(PACKAGES)
    ]
    first, father, grandfather, gender, grade, school = STUDENTS[0]
    student_user = b.user(
        DEMO_STUDENT[0],
        hash_password(DEMO_STUDENT[1]),
        first,
        father,
        grandfather,
        gender,
        ["student"],
        "student",
        2010,
    )
    profile = _student_profile(b, student_user, grade, school)
    if same_ids:
        profile.id = tutor_user.id
    student = b.add(profile)
    return {
        "builder": b,
        "tutor_user": tutor_user,
        "tutor": tutor,
        "packages": packages,
        "students": [(student_user, student)],
    }


def _hours(start: str, end: str) -> float:
    sh, sm = map(int, start.split(":"))
    eh, em = map(int, end.split(":"))
    return ((eh * 60 + em) - (sh * 60 + sm)) / 60


def _student_profile(b: _Builder, user: User, grade: str, school: str) -> StudentProfile:
    first = user.first_name or ""
    return StudentProfile(
        user_id=user.id,
        grade_level=grade,
        studying_at=school,
        career_aspirations=b.rng.choice(ASPIRATIONS),
        interested_in=b.rng.sample(["Mathematics", "Physics", "Chemistry", "Biology", "English", "ICT"], 2),
        hobbies=b.rng.choice(HOBBIES),
        languages=["Amharic", "English"] + (["Afaan Oromo"] if b.rng.random() < 0.3 else []),
        learning_method=b.rng.choice(["Visual", "Practice problems", "Discussion", "Step-by-step examples"]),
        about=f"{first} studies at {school} and wants to improve exam results this year.",
        quote=b.rng.choice(["ቀስ በቀስ እንቁላል በእግሩ ይሄዳል።", "Practice makes perfect.", "ትምህርት ብርሃን ነው።"]),
        location=user.location,
        hero_title=f"{first}'s learning journey",
    )


def seed_demo_world(session: Session, today: date | None = None, *, same_ids: bool = False) -> None:
    world = seed_accounts(session, today, same_ids=same_ids)
    b: _Builder = world["builder"]
    tutor: TutorProfile = world["tutor"]
    packages: list[Package] = world["packages"]
    students: list[tuple[User, StudentProfile]] = list(world["students"])
    for i, (first, father, grandfather, gender, grade, school) in enumerate(STUDENTS[1:], start=1):
        email = f"{first.lower()}.{father.lower()}{i}@demo.astegni.et"
        u = b.user(
            email,
            b.student_hash,
            first,
            father,
            grandfather,
            gender,
            ["student"],
            "student",
            2007 + b.rng.randint(0, 6),
        )
        students.append((u, b.add(_student_profile(b, u, grade, school))))
    parents: list[tuple[User, ParentProfile]] = []
    for first, father, gender, relation, children in PARENTS:
        u = b.user(
            f"{first.lower()}.{father.lower()}@demo.astegni.et",
            b.student_hash,
            first,
            father,
            None,
            gender,
            ["parent"],
            "parent",
            1975 + b.rng.randint(0, 10),
        )
        p = b.add(
            ParentProfile(
                user_id=u.id, relationship=relation, children_ids=[students[c][1].id for c in children]
            )
        )
        for c in children:
            students[c][1].parent_id = p.id
        parents.append((u, p))
    second = _second_tutor(b, students)
    _requests_and_lessons(b, tutor, packages, students, parents)
    _schedules(b, world["tutor_user"])
    _whiteboards(b, tutor, students, world["tutor_user"])
    _requests_for_other_tutor(b, second, students)


def _second_tutor(b: _Builder, students: list[tuple[User, StudentProfile]]) -> tuple[TutorProfile, Package]:
    u = b.user(
        SECOND_TUTOR[0],
        hash_password(SECOND_TUTOR[1]),
        "Yonas",
        "Girma",
        "Bekele",
        "Male",
        ["tutor"],
        "tutor",
        1988,
    )
    tutor = b.add(
        TutorProfile(
            user_id=u.id,
            subjects=["Chemistry"],
            rating=4.6,
            bio="Chemistry tutor in Piassa.",
            location="Piassa, Addis Ababa",
            hero_subtitle="Chemistry · Grades 9–12",
        )
    )
    pkg = b.add(
        Package(
            tutor_id=tutor.id,
            name="Grade 11 Chemistry",
            hourly_rate=350.0,
            grade_level="Grade 11",
            schedule_type="recurring",
            schedule_days="Tuesday, Friday",
            start_time="15:00",
            end_time="16:30",
            course_ids=[9],
            course_names=["Chemistry"],
            days_per_week=2,
        )
    )
    _, sp = students[14]
    ws = b.add(
        WhiteboardSession(
            host_profile_id=tutor.id,
            host_profile_type="tutor",
            participant_profile_ids=[sp.id],
            participant_profile_types=["student"],
            session_title="Stoichiometry practice",
            scheduled_start=b.now - timedelta(days=2),
            scheduled_end=b.now - timedelta(days=2) + timedelta(hours=2),
            status="in-progress",
            student_permissions={"can_draw": False, "can_write": False, "can_erase": False},
        )
    )
    b.add(WhiteboardPage(session_id=ws.id, page_number=1, page_title="Page 1", is_active=True))
    return tutor, pkg


def _requests_for_other_tutor(
    b: _Builder, second: tuple[TutorProfile, Package], students: list[tuple[User, StudentProfile]]
) -> None:
    tutor, pkg = second
    for idx in (14, 17):
        u, sp = students[idx]
        created = b.now - timedelta(days=b.rng.randint(1, 9), hours=b.rng.randint(0, 12))
        b.add(
            SessionRequest(
                tutor_id=tutor.id,
                requester_id=u.id,
                requester_type="student",
                requested_to_id=sp.id,
                package_id=pkg.id,
                status="pending",
                message="I need help with chemistry.",
                schedule_type="recurring",
                year_range=[b.today.year],
                months=[],
                days=["Tuesday"],
                specific_dates=[],
                start_time="15:00",
                end_time="16:30",
                created_at=created,
                updated_at=created,
            )
        )


@dataclass
class _Req:
    student: int
    package: int | None
    status: str
    days_ago: int
    message: str | None
    schedule: str = "recurring"
    counter: float | None = None
    parent: int | None = None
    reason: str | None = None
    num: int = 1
    months: tuple[str, ...] = ()
    specific_in: tuple[int, ...] = ()
    preferred: str | None = None


REQUESTS = [
    _Req(0, 0, "accepted", 75, "Quadratic equations before the mid-term exam", counter=280.0),
    _Req(1, 1, "accepted", 68, "National exam in June: I need help with mechanics and past papers"),
    _Req(2, 0, "accepted", 60, "Eden struggles with geometry proofs", parent=1),
    _Req(3, 2, "accepted", 52, "Regional exam preparation, weekends only please"),
    _Req(4, 1, "accepted", 45, "Electricity and magnetism, and exam technique", counter=380.0),
    _Req(5, 3, "accepted", 40, "First-year calculus at AAU: derivatives and integrals"),
    _Req(6, 2, "accepted", 33, "Liya needs support in science", parent=0),
    _Req(12, 0, "accepted", 26, "I want to score an A in Grade 10 maths"),
    _Req(18, 1, "accepted", 20, "Projectile motion and circular motion are hard for me", counter=350.0),
    _Req(
        13,
        0,
        "rejected",
        30,
        "Can we meet on Sunday mornings?",
        reason="Sorry, Sunday mornings are fully booked until January. Please request a weekday slot.",
    ),
    _Req(
        15,
        3,
        "rejected",
        18,
        "Calculus for Grade 9?",
        reason="This package is for university students. Please choose the Grade 8 or Grade 10 package.",
    ),
    _Req(
        19,
        1,
        "rejected",
        12,
        "Physics for 150 ETB per hour?",
        counter=150.0,
        reason="The counter-offer is too low for this package; my rate is 400 ETB per hour.",
    ),
    _Req(
        7,
        0,
        "pending",
        2,
        "Quadratic equations before the exam",
        schedule="specific_dates",
        counter=280.0,
        parent=3,
        specific_in=(2, 4, 9, 11),
    ),
    _Req(
        8,
        1,
        "pending",
        3,
        "Past papers every week until the national exam",
        months=("December", "January", "February"),
    ),
    _Req(9, 2, "pending", 4, "Rediet needs help before the regional exam; weekends suit us", parent=2),
    _Req(
        10,
        None,
        "pending",
        1,
        "Can you help me with Python programming for a school project?",
        schedule="none",
        preferred="Weekday evenings after 6 pm",
    ),
    _Req(11, 3, "pending", 5, "Two of us from AASTU want to share calculus lessons", counter=450.0, num=2),
    _Req(20, 0, "pending", 6, "Trigonometry revision", schedule="specific", preferred="Saturday afternoons"),
]


def _requests_and_lessons(
    b: _Builder,
    tutor: TutorProfile,
    packages: list[Package],
    students: list[tuple[User, StudentProfile]],
    parents: list[tuple[User, ParentProfile]],
) -> None:
    courses: dict[int, EnrolledCourse] = {}
    for spec in REQUESTS:
        su, sp = students[spec.student]
        requester = parents[spec.parent][0] if spec.parent is not None else su
        pkg = packages[spec.package] if spec.package is not None else None
        created = b.now - timedelta(
            days=spec.days_ago, hours=b.rng.randint(1, 10), minutes=b.rng.randint(0, 59)
        )
        days = [d for d in pkg.schedule_days.split(",") if d.strip()] if pkg and pkg.schedule_days else []
        req = SessionRequest(
            tutor_id=tutor.id,
            requester_id=requester.id,
            requester_type="parent" if spec.parent is not None else "student",
            requested_to_id=sp.id,
            package_id=pkg.id if pkg else None,
            message=spec.message,
            preferred_schedule=spec.preferred,
            counter_offer_price=spec.counter,
            num_students=spec.num,
            created_at=created,
            updated_at=created,
            year_range=[created.year],
            months=list(spec.months),
            days=[],
            specific_dates=[],
            start_time=None,
            end_time=None,
        )
        if spec.schedule == "recurring" and pkg:
            req.schedule_type, req.days = "recurring", days
            req.start_time, req.end_time = f"{pkg.start_time}:00", f"{pkg.end_time}:00"
            if spec.months:
                req.year_range = sorted({created.year, created.year + 1})
        elif spec.schedule == "specific_dates" and pkg:
            req.schedule_type = "specific_dates"
            req.specific_dates = [(b.today + timedelta(days=d)).isoformat() for d in spec.specific_in]
            req.start_time, req.end_time = f"{pkg.start_time}:00", f"{pkg.end_time}:00"
        elif spec.schedule == "specific":
            req.schedule_type = "specific"
            req.start_time, req.end_time = "14:00:00", "15:30:00"
        if spec.status != "pending":
            responded = created + timedelta(hours=b.rng.randint(3, 30))
            req.status, req.responded_at, req.updated_at = spec.status, responded, responded
            if spec.status == "rejected":
                req.rejected_at, req.rejected_reason = responded, spec.reason
        b.add(req)
        if spec.status == "accepted" and pkg is not None:
            _enroll(b, tutor, pkg, sp, req, courses)


def _enroll(
    b: _Builder,
    tutor: TutorProfile,
    pkg: Package,
    sp: StudentProfile,
    req: SessionRequest,
    courses: dict[int, EnrolledCourse],
) -> None:
    assert req.responded_at is not None
    price = req.counter_offer_price if req.counter_offer_price is not None else pkg.hourly_rate
    b.add(
        Enrollment(
            tutor_id=tutor.id,
            student_id=sp.id,
            package_id=pkg.id,
            agreed_price=price,
            status="active",
            payment_status=b.rng.choice(["paid", "paid", "pending"]),
            payment_due_date=b.today + timedelta(days=b.rng.randint(1, 25)),
            total_sessions=1,
            requester_type=req.requester_type,
            enrolled_at=req.responded_at,
        )
    )
    course = courses.get(pkg.id)
    if course is None:
        course = courses[pkg.id] = b.add(
            EnrolledCourse(
                tutor_id=tutor.id,
                package_id=pkg.id,
                students_id=[],
                course_ids=list(pkg.course_ids),
                year_range=[b.today.year, b.today.year + 1],
                status="active",
                created_at=req.responded_at,
            )
        )
    course.students_id = [*course.students_id, sp.id]
    start = time.fromisoformat(req.start_time or "16:00:00")
    end = time.fromisoformat(req.end_time or "17:30:00")
    wanted = {d.strip() for d in (req.days or [])}
    topics = LESSON_TOPICS[pkg.course_names[0]]
    first = req.responded_at.date() + timedelta(days=1)
    last = b.today + timedelta(days=42)
    day = first
    n = 0
    while day <= last:
        if WEEKDAYS[day.weekday()] in wanted:
            topic = topics[n % len(topics)]
            past = day < b.today
            status = "scheduled"
            attendance = "present"
            if past:
                status = "cancelled" if b.rng.random() < 0.08 else "completed"
                attendance = b.rng.choices(["present", "late", "absent"], [0.85, 0.1, 0.05])[0]
            created = b.now - timedelta(days=max(0, (b.today - first).days))
            b.s.add(
                Lesson(
                    enrolled_courses_id=course.id,
                    session_date=day,
                    start_time=start,
                    end_time=end,
                    duration=(end.hour * 60 + end.minute) - (start.hour * 60 + start.minute),
                    topics=[topic],
                    topics_covered=[topic] if status == "completed" else [],
                    session_mode=b.rng.choice(["online", "online", "in-person"]),
                    location=None,
                    status=status,
                    student_attendance_status=attendance,
                    alarm_enabled=not past and b.rng.random() < 0.5,
                    alarm_before_minutes=15,
                    notification_enabled=b.rng.random() < 0.5,
                    created_at=created,
                    updated_at=created,
                )
            )
            n += 1
        day += timedelta(days=1)
    b.s.flush()


SLOTS = [("08:00", "10:00"), ("10:30", "12:30"), ("14:00", "16:00"), ("16:00", "18:00"), ("18:30", "20:30")]
SLOT_TITLES = [
    "Open for new students",
    "Online tutoring slot",
    "Exam-prep clinic",
    "Home visits – Bole",
    "Office hours (online)",
    "Past-paper practice",
    "Available – Kazanchis library",
]
RECURRING = [
    ("Weekday afternoon tutoring", ["Monday", "Wednesday"], "16:00", "18:00", "high"),
    ("Physics evenings", ["Tuesday", "Thursday"], "17:00", "19:00", "high"),
    ("Weekend exam prep", ["Saturday", "Sunday"], "09:00", "12:00", "urgent"),
    ("University calculus hours", ["Monday", "Friday"], "18:00", "19:30", "medium"),
    ("Morning online slots", ["Tuesday", "Thursday"], "07:00", "08:30", "low"),
    ("Friday review clinic", ["Friday"], "14:00", "16:00", "medium"),
]


def _schedules(b: _Builder, tutor_user: User) -> None:
    start = date(b.today.year, b.today.month, 1) - timedelta(days=160)
    stop = b.today + timedelta(days=220)
    created_base = b.now - timedelta(days=170)
    for i, (title, days, st, en, prio) in enumerate(RECURRING):
        for year in (b.today.year, b.today.year + 1):
            months = MONTHS if year == b.today.year else MONTHS[:7]
            b.s.add(
                Schedule(
                    scheduler_id=tutor_user.id,
                    scheduler_role="tutor",
                    title=title,
                    year=year,
                    description="Recurring availability for enrolled and new students.",
                    schedule_type="recurring",
                    months=list(months),
                    days=days,
                    specific_dates=[],
                    start_time=time.fromisoformat(st),
                    end_time=time.fromisoformat(en),
                    priority_level=prio,
                    status="active",
                    alarm_enabled=i % 2 == 0,
                    alarm_before_minutes=30 if i % 2 == 0 else None,
                    notification_browser=i % 3 == 0,
                    created_at=created_base + timedelta(hours=i),
                )
            )
    day = start
    k = 0
    while day <= stop:
        slots = b.rng.sample(SLOTS, 2 if day.weekday() < 5 and b.rng.random() < 0.6 else 1)
        for st, en in sorted(slots):
            k += 1
            multi = b.rng.random() < 0.05
            dates = [day] + ([day + timedelta(days=7 * j) for j in (1, 2)] if multi else [])
            b.s.add(
                Schedule(
                    scheduler_id=tutor_user.id,
                    scheduler_role="tutor",
                    title=b.rng.choice(SLOT_TITLES),
                    year=day.year,
                    description=None,
                    schedule_type="specific",
                    months=[],
                    days=[],
                    specific_dates=[d.isoformat() for d in dates],
                    start_time=time.fromisoformat(st),
                    end_time=time.fromisoformat(en),
                    notes="Bring the exam past papers" if k % 17 == 0 else None,
                    priority_level=b.rng.choice(["low", "medium", "medium", "high", "urgent"]),
                    status="draft" if b.rng.random() < 0.06 else "active",
                    alarm_enabled=b.rng.random() < 0.25,
                    alarm_before_minutes=b.rng.choice([10, 15, 30, 60]),
                    notification_browser=b.rng.random() < 0.3,
                    notification_sound=b.rng.random() < 0.1,
                    created_at=created_base + timedelta(minutes=5 * k),
                    updated_at=(created_base + timedelta(days=3, minutes=k)) if k % 23 == 0 else None,
                )
            )
        day += timedelta(days=1)
    for title, days in (
        ("AAU seminar: numerical methods", ["Wednesday"]),
        ("Thesis group meeting", ["Friday"]),
    ):
        b.s.add(
            Schedule(
                scheduler_id=tutor_user.id,
                scheduler_role="student",
                title=title,
                year=b.today.year,
                schedule_type="recurring",
                months=MONTHS[8:],
                days=days,
                specific_dates=[],
                start_time=time(9, 0),
                end_time=time(11, 0),
                created_at=created_base,
            )
        )
    b.s.flush()


def _pen_stroke(
    rng: random.Random, pts: list[tuple[float, float]], color: str, width: int, t0: int
) -> dict[str, Any]:
    n = len(pts)
    pressures = [
        round(
            max(
                0.08, min(1.0, 0.35 + 0.5 * math.sin(math.pi * (i + 1) / (n + 1)) + rng.uniform(-0.05, 0.05))
            ),
            3,
        )
        for i in range(n)
    ]
    return {
        "points": [[round(x, 1), round(y, 1)] for x, y in pts],
        "color": color,
        "width": width,
        "client_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "pressures": pressures,
        "t": [t0 + 12 * i for i in range(n)],
        "tool": "pen",
    }


def _handwriting(rng: random.Random, x0: float, y0: float, length: float) -> list[list[tuple[float, float]]]:
    """Word-like cursive strokes: loops along a baseline, one stroke per 'word'."""
    words = []
    x = x0
    while x < x0 + length:
        w = rng.uniform(40, 110)
        pts = []
        steps = int(w / 2.5)
        for i in range(steps):
            u = i / max(1, steps - 1)
            px = x + u * w + 6 * math.sin(u * w / 5)
            py = y0 - 9 * abs(math.sin(u * w / 7)) + 4 * math.cos(u * w / 5)
            pts.append((px, py))
        words.append(pts)
        x += w + rng.uniform(12, 22)
    return words


def _whiteboards(
    b: _Builder, tutor: TutorProfile, students: list[tuple[User, StudentProfile]], tutor_user: User
) -> None:
    lessons = [
        (
            students[0],
            "Quadratic equations",
            3,
            ["Factorising", "The quadratic formula", "Graphs of parabolas"],
        ),
        (students[1], "Projectile motion", 8, ["Components of velocity", "Range and maximum height"]),
    ]
    for (su, sp), title, days_ago, page_titles in lessons:
        started = b.now - timedelta(days=days_ago, hours=2)
        ws = b.add(
            WhiteboardSession(
                host_profile_id=tutor.id,
                host_profile_type="tutor",
                participant_profile_ids=[sp.id],
                participant_profile_types=["student"],
                session_title=title,
                session_description=f"Lesson with {su.first_name}",
                scheduled_start=started,
                scheduled_end=started + timedelta(hours=2),
                status="in-progress",
                student_permissions={"can_draw": False, "can_write": False, "can_erase": False},
                created_at=started,
                updated_at=started,
            )
        )
        t_ms = int(started.replace(tzinfo=None).timestamp() * 1000) if isinstance(started, datetime) else 0
        for number, page_title in enumerate(page_titles, start=1):
            page = b.add(
                WhiteboardPage(
                    session_id=ws.id, page_number=number, page_title=page_title, is_active=number == 1
                )
            )
            strokes: list[tuple[int, str, dict[str, Any]]] = []
            strokes.append(
                (
                    tutor_user.id,
                    "text",
                    {
                        "text": page_title,
                        "x": 60,
                        "y": 70,
                        "fontSize": 28,
                        "fontFamily": "Arial",
                        "color": "#1a237e",
                    },
                )
            )
            y = 130.0
            for _line in range(b.rng.randint(5, 7)):
                for pts in _handwriting(b.rng, 60, y, b.rng.uniform(420, 640)):
                    t_ms += 900
                    strokes.append((tutor_user.id, "pen", _pen_stroke(b.rng, pts, "#1a237e", 3, t_ms)))
                y += 48
            # a figure: axes and a parabola, as the tutor draws it
            ox, oy = 820.0, 420.0
            strokes.append(
                (
                    tutor_user.id,
                    "arrow",
                    {"points": [[ox - 180, oy], [ox + 180, oy]], "color": "#424242", "width": 2},
                )
            )
            strokes.append(
                (
                    tutor_user.id,
                    "arrow",
                    {"points": [[ox, oy + 60], [ox, oy - 260]], "color": "#424242", "width": 2},
                )
            )
            curve = [
                (ox + xx, oy - 0.012 * xx * xx * (1 if number % 2 else -0.6) - 40)
                for xx in range(-140, 141, 5)
            ]
            t_ms += 1500
            strokes.append((tutor_user.id, "pen", _pen_stroke(b.rng, curve, "#c62828", 4, t_ms)))
            strokes.append(
                (
                    tutor_user.id,
                    "rectangle",
                    {
                        "x": 40,
                        "y": y + 10,
                        "width": 560,
                        "height": 90,
                        "points": [[40, y + 10], [600, y + 100]],
                        "color": "#2e7d32",
                        "lineWidth": 2,
                    },
                )
            )
            # the student answered in the browser: web-format strokes, no pressure
            for pts in _handwriting(b.rng, 70, y + 60, 360):
                strokes.append(
                    (
                        su.id,
                        "pen",
                        {
                            "points": [[round(px), round(py)] for px, py in pts[::2]],
                            "color": "#000000",
                            "width": 2,
                        },
                    )
                )
            for order, (author, kind, data) in enumerate(strokes, start=1):
                b.s.add(
                    Stroke(
                        page_id=page.id,
                        session_id=ws.id,
                        user_id=author,
                        stroke_type=kind,
                        stroke_data=data,
                        stroke_order=order,
                    )
                )
        b.s.flush()
