import { NextResponse } from 'next/server';
import { openApiDocument } from '@/lib/openapi/document';

// The contract, for tools and people: public (it holds no data), generated from the route registry.
export function GET() {
  return NextResponse.json(openApiDocument(), { headers: { 'Cache-Control': 'no-cache' } });
}
