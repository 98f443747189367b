"""Login, refresh with rotation, logout, identity and switch-role (CONTRACT.md §2)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Form, HTTPException, Query, Response
from pydantic import BaseModel
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..deps import DB, Config, CurrentUser, Issuer, TokenClaims
from ..models import Package, RefreshToken, TutorProfile, User, utcnow
from ..security import REFRESH_RECORD_LIFETIME, TokenError, TokenIssuer, verify_password
from ..serialize import role_ids, user_body

router = APIRouter(prefix="/api", tags=["auth"])

ROLE_PRECEDENCE = ("student", "tutor", "parent", "advertiser", "user")
NO_CACHE = {"Cache-Control": "no-store, no-cache, must-revalidate", "Pragma": "no-cache"}


def issue_tokens(db: Session, issuer: TokenIssuer, user: User) -> tuple[str, str]:
    access, refresh, jti, now = issuer.issue(user.id, user.active_role, role_ids(db, user))
    db.add(RefreshToken(user_id=user.id, jti=jti, issued_at=now, expires_at=now + REFRESH_RECORD_LIFETIME))
    return access, refresh


def token_response(db: Session, issuer: TokenIssuer, user: User) -> dict[str, Any]:
    access, refresh = issue_tokens(db, issuer, user)
    return {
        "access_token": access,
        "refresh_token": refresh,
        "token_type": "bearer",
        "user": user_body(db, user, full=False),
    }


@router.post("/login")
def login(
    db: DB,
    cfg: Config,
    issuer: Issuer,
    username: Annotated[str, Form()],
    password: Annotated[str, Form()],
    surface: Annotated[str | None, Form()] = None,
    restore_account: Annotated[bool | None, Query()] = None,
    otp_code: Annotated[str | None, Query()] = None,
) -> dict[str, Any]:
    user = db.scalar(select(User).where(User.email == username.strip().lower()))
    if user is None or not verify_password(password, user.password_hash):
        raise HTTPException(401, "Incorrect email or password", headers={"WWW-Authenticate": "Bearer"})
    if surface == "advertise" and "advertiser" not in user.roles:
        raise HTTPException(403, "This account is not registered as an advertiser")
    if cfg.deployed("D1"):
        user.active_role = next(r for r in (*ROLE_PRECEDENCE, *user.roles) if r in user.roles)
    user.last_login = utcnow()
    body = token_response(db, issuer, user)
    db.commit()
    return body


class RefreshBody(BaseModel):
    refresh_token: str


@router.post("/refresh")
def refresh(db: DB, issuer: Issuer, payload: RefreshBody) -> dict[str, Any]:
    token = payload.refresh_token
    try:
        claims = issuer.decode(
            token, expired_detail="Refresh token expired", invalid_detail="Invalid refresh token"
        )
    except TokenError as exc:
        raise HTTPException(401, exc.detail) from exc
    jti = claims.get("jti")
    record = db.scalar(select(RefreshToken).where(RefreshToken.jti == jti)) if isinstance(jti, str) else None
    if record is None or record.revoked or record.expires_at <= utcnow():
        raise HTTPException(401, "Invalid or expired refresh token")
    record.revoked = True
    user = db.get(User, record.user_id)
    if user is None:
        db.commit()
        raise HTTPException(404, "User not found")
    body = token_response(db, issuer, user)
    db.commit()
    return body


@router.post("/logout")
def logout(db: DB, user: CurrentUser) -> dict[str, str]:
    db.execute(update(RefreshToken).where(RefreshToken.user_id == user.id).values(revoked=True))
    db.commit()
    return {"message": "Successfully logged out"}


@router.get("/me")
def me(db: DB, user: CurrentUser) -> dict[str, Any]:
    return user_body(db, user, full=True)


@router.get("/verify-token")
def verify_token(db: DB, user: CurrentUser) -> dict[str, Any]:
    return {
        "valid": True,
        "user": {
            "id": user.id,
            "email": user.email,
            "first_name": user.first_name,
            "father_name": user.father_name,
            "roles": list(user.roles),
            "role": user.active_role,
            "role_ids": role_ids(db, user),
        },
    }


@router.get("/check-role-status")
def check_role_status(user: CurrentUser, role: str) -> dict[str, bool]:
    has = role in user.roles
    return {"has_role": has, "is_active": has, "is_deactivated": False}


@router.get("/my-roles")
def my_roles(user: CurrentUser) -> dict[str, Any]:
    return {"user_roles": list(user.roles), "active_role": user.active_role}


@router.get("/tutor/profile")
def tutor_profile(db: DB, user: CurrentUser) -> dict[str, Any]:
    profile = db.scalar(select(TutorProfile).where(TutorProfile.user_id == user.id))
    if profile is None:
        raise HTTPException(404, "Tutor profile not found")
    return {
        "id": profile.id,
        "user_id": user.id,
        "first_name": user.first_name,
        "father_name": user.father_name,
        "grandfather_name": user.grandfather_name,
        "full_name": user.full_name,
        "bio": profile.bio,
        "subjects": list(profile.subjects),
        "rating": profile.rating,
        "location": profile.location,
        "hero_subtitle": profile.hero_subtitle,
        "expertise_badge": profile.expertise_badge,
        "is_verified": profile.is_verified,
        "profile_picture": user.profile_picture,
        "dashboard_stats": {},
    }


@router.get("/tutor/packages")
def tutor_packages(db: DB, user: CurrentUser) -> list[dict[str, Any]]:
    """The signed-in tutor's packages, as the deployed `tutor_packages_endpoints.py` answers them: the
    tutor profile is looked up from the user id, and a user without one gets `[]`. Request lists carry no
    package price (CONTRACT.md §3.1); this is where a client finds it."""
    profile = db.scalar(select(TutorProfile).where(TutorProfile.user_id == user.id))
    if profile is None:
        return []
    packages = db.scalars(select(Package).where(Package.tutor_id == profile.id).order_by(Package.id.desc()))
    return [
        {
            "id": p.id,
            "tutor_id": p.tutor_id,
            "name": p.name,
            "grade_level": p.grade_level,
            "course_ids": list(p.course_ids or []),
            "description": p.description,
            "session_format": p.session_format,
            "schedule_type": p.schedule_type,
            "schedule_days": p.schedule_days,
            "start_time": p.start_time,
            "end_time": p.end_time,
            "session_duration": p.session_duration,
            "hourly_rate": p.hourly_rate,
            "days_per_week": p.days_per_week,
            "hours_per_day": p.hours_per_day,
            "payment_frequency": p.payment_frequency or "monthly",
            "is_active": True,
        }
        for p in packages
    ]


@router.post("/switch-role")
def switch_role(
    response: Response,
    db: DB,
    issuer: Issuer,
    claims: TokenClaims,
    payload: Annotated[dict[str, Any], Body()],
) -> dict[str, Any]:
    role = payload.get("role")
    if not role or not isinstance(role, str):
        raise HTTPException(400, "Role is required")
    user = db.get(User, claims.user_id)
    if user is None:
        raise HTTPException(404, "User not found")
    if role not in user.roles:
        raise HTTPException(400, f"User does not have {role} role")
    user.active_role = role
    access, refresh_token = issue_tokens(db, issuer, user)
    db.commit()
    response.headers.update(NO_CACHE)
    return {
        "message": f"Switched to {role} role",
        "active_role": role,
        "user_roles": list(user.roles),
        "access_token": access,
        "refresh_token": refresh_token,
        "token_type": "bearer",
    }
