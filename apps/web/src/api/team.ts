import {
  ActivityList,
  ApiKeyList,
  AuditList,
  Comment,
  CommentList,
  type CreateCommentBody,
  CreatedKey,
  type CreateKeyBody,
  type CreateShareBody,
  type CreateUserBody,
  Share,
  ShareList,
  type UpdateUserBody,
  User,
  UserList,
} from '@opencjm/core';
import { request } from './http.ts';
import { Ignored } from './schemas.ts';

const part = encodeURIComponent;
const map = (id: string) => `/api/maps/${part(id)}`;

export async function listUsers(signal?: AbortSignal): Promise<User[]> {
  return (await request('/api/users', UserList, signal ? { signal } : {})).items;
}

export function createUser(body: CreateUserBody): Promise<User> {
  return request('/api/users', User, { method: 'POST', body });
}

export function updateUser(id: string, body: UpdateUserBody): Promise<User> {
  return request(`/api/users/${part(id)}`, User, { method: 'PATCH', body });
}

export async function deleteUser(id: string): Promise<void> {
  await request(`/api/users/${part(id)}`, Ignored, { method: 'DELETE' });
}

export async function listKeys(): Promise<ApiKeyList['items']> {
  return (await request('/api/keys', ApiKeyList)).items;
}

export function createKey(body: CreateKeyBody): Promise<CreatedKey> {
  return request('/api/keys', CreatedKey, { method: 'POST', body });
}

export async function revokeKey(id: string): Promise<void> {
  await request(`/api/keys/${part(id)}`, Ignored, { method: 'DELETE' });
}

export async function listAudit(limit = 200): Promise<AuditList['items']> {
  return (await request(`/api/audit?limit=${limit}`, AuditList)).items;
}

export async function listShares(mapId: string): Promise<Share[]> {
  return (await request(`${map(mapId)}/shares`, ShareList)).items;
}

export function createShare(mapId: string, body: CreateShareBody): Promise<Share> {
  return request(`${map(mapId)}/shares`, Share, { method: 'POST', body });
}

export async function revokeShare(mapId: string, shareId: string): Promise<void> {
  await request(`${map(mapId)}/shares/${part(shareId)}`, Ignored, { method: 'DELETE' });
}

export async function listComments(mapId: string, signal?: AbortSignal): Promise<Comment[]> {
  return (await request(`${map(mapId)}/comments`, CommentList, signal ? { signal } : {})).items;
}

export function createComment(mapId: string, body: CreateCommentBody): Promise<Comment> {
  return request(`${map(mapId)}/comments`, Comment, { method: 'POST', body });
}

export function setCommentResolved(id: string, resolved: boolean): Promise<Comment> {
  return request(`/api/comments/${part(id)}`, Comment, { method: 'PATCH', body: { resolved } });
}

/** Unresolved comments mentioning the signed-in member, newest first. */
export async function listMentions(signal?: AbortSignal): Promise<Comment[]> {
  return (await request('/api/mentions', CommentList, signal ? { signal } : {})).items;
}

export async function listActivity(mapId: string, signal?: AbortSignal): Promise<ActivityList['items']> {
  return (await request(`${map(mapId)}/activity`, ActivityList, signal ? { signal } : {})).items;
}
